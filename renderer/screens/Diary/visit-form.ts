import { z } from 'zod';
import {
  AppointmentInput,
  DurationMinutes,
  type Appointment,
  type AppointmentType,
  type Clinician,
  type MoveInput,
  type PatientSummary,
} from '../../../shared/contract';

/*
 * The visit form's values are the contract's AppointmentInput (less the plan link), so main's
 * VALIDATION paths (`start.time`, `durationMinutes` …) land on the fields as they are.
 */

export type VisitDraft =
  | { kind: 'create'; date: string; time: string; clinicianId: number | null; child?: PatientSummary | null }
  | { kind: 'move'; appointment: Appointment };

/** 0 until a child, clinician or type is chosen: said as "required". */
const chosenId = z.number().refine((v) => Number.isInteger(v) && v > 0, { message: 'required' });

export const VisitSchema = AppointmentInput.omit({ recallId: true }).extend({
  patientId: chosenId,
  clinicianId: chosenId,
  typeId: chosenId,
  durationMinutes: DurationMinutes,
});
export type VisitValues = z.input<typeof VisitSchema>;
export type VisitOutput = z.output<typeof VisitSchema>;

/** The fields main may name in a refusal. */
export const VISIT_FIELDS = ['patientId', 'clinicianId', 'typeId', 'start', 'durationMinutes', 'note'] as const;

export function defaultType(types: readonly AppointmentType[]): AppointmentType | undefined {
  const active = types.filter((x) => x.active);
  return active.find((x) => x.code === 'follow_up') ?? active[0];
}

export function initialValues(
  draft: VisitDraft,
  clinicians: readonly Clinician[],
  types: readonly AppointmentType[],
): VisitValues {
  if (draft.kind === 'move') {
    const a = draft.appointment;
    return {
      patientId: a.patient.id,
      clinicianId: a.clinicianId,
      typeId: a.typeId,
      start: { date: a.date, time: a.start },
      durationMinutes: a.durationMinutes,
      note: a.note,
    };
  }
  const type = defaultType(types);
  return {
    patientId: draft.child?.id ?? 0,
    clinicianId: draft.clinicianId ?? clinicians.find((c) => c.active)?.id ?? 0,
    typeId: type?.id ?? 0,
    start: { date: draft.date, time: draft.time },
    durationMinutes: type?.durationMinutes ?? 20,
    note: '',
  };
}

/** What "Save changes" sends for a booked visit, with the version the dialog opened. */
export function moveInput(id: number, version: number, v: VisitOutput): MoveInput {
  return {
    id,
    version,
    start: v.start,
    clinicianId: v.clinicianId,
    typeId: v.typeId,
    durationMinutes: v.durationMinutes,
    note: v.note,
  };
}
