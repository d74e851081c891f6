/*
 * `diary:day-list`: one day's visits for the front desk, one clinician or all, grouped by
 * clinician. Cancelled visits are left out (their slot is free). Only names, contacts, times and
 * types are selected: no patient note, appointment note or assessment reaches the query.
 */
import type { Kysely } from 'kysely';
import type { BookletAction, Language, PrintResult } from '../../../shared/contract';
import { addDays } from '../../../shared/calendar';
import { dayStart, instantParts } from '../../../shared/calendar/local-time';
import { FILE_WHAT, fileNameFor } from '../../../shared/file-names';
import type { Database } from '../../db/schema';
import { typeLabel } from '../../pdf/card/texts';
import { type DayListGroup, renderDayList } from '../../pdf/day-list/render-day-list';
import { deliverPdf, type PrintDeps, rendering } from './card-delivery';
import { notFound } from '../errors';
import { getSettings } from '../settings/settings';

export interface DayListRequest {
  date: string;
  clinicianId?: number | undefined;
  action: BookletAction;
}

/** The day's visits by clinician (by name), each clinician's by start time. */
export async function dayListGroups(
  db: Kysely<Database>,
  date: string,
  clinicianId: number | undefined,
  language: Language,
): Promise<DayListGroup[]> {
  let query = db
    .selectFrom('appointments as a')
    .innerJoin('patients as p', 'p.id', 'a.patient_id')
    .innerJoin('appointment_types as t', 't.id', 'a.type_id')
    .innerJoin('clinicians as c', 'c.id', 'a.clinician_id')
    .leftJoin('guardians as g', (join) => join.onRef('g.patient_id', '=', 'a.patient_id').on('g.position', '=', 0))
    .select([
      'a.starts_at',
      'a.ends_at',
      'a.status',
      'a.clinician_id',
      'p.first_name',
      'p.middle_name',
      'p.last_name',
      'p.date_of_birth',
      't.code',
      't.name as type_name',
      'c.name as c_name',
      'c.title as c_title',
      'g.name as g_name',
      'g.phone as g_phone',
    ])
    .where('a.starts_at', '>=', dayStart(date))
    .where('a.starts_at', '<', dayStart(addDays(date, 1)))
    .where('a.status', '!=', 'cancelled');
  if (clinicianId !== undefined) query = query.where('a.clinician_id', '=', clinicianId);
  const rows = await query.orderBy('c.name').orderBy('a.clinician_id').orderBy('a.starts_at').orderBy('a.id').execute();
  const groups = new Map<number, DayListGroup>();
  for (const r of rows) {
    // Filtered out in SQL already; this tells the type checker.
    if (r.status === 'cancelled') continue;
    let group = groups.get(r.clinician_id);
    if (!group) {
      group = { clinician: { name: r.c_name, title: r.c_title }, rows: [] };
      groups.set(r.clinician_id, group);
    }
    group.rows.push({
      start: instantParts(r.starts_at).time,
      end: instantParts(r.ends_at).time,
      durationMinutes: Math.round((r.ends_at - r.starts_at) / 60_000),
      child: {
        firstName: r.first_name,
        middleName: r.middle_name,
        lastName: r.last_name,
        dateOfBirth: r.date_of_birth,
      },
      guardian: r.g_name === null ? null : { name: r.g_name, phone: r.g_phone ?? '' },
      typeName: typeLabel(r.code, r.type_name, language),
      status: r.status,
    });
  }
  return [...groups.values()];
}

export async function printDayList(
  db: Kysely<Database>,
  input: DayListRequest,
  deps: PrintDeps = {},
): Promise<PrintResult> {
  const now = deps.now?.() ?? new Date();
  const settings = await getSettings(db);
  let clinician: { name: string; title: string } | null = null;
  if (input.clinicianId !== undefined) {
    const found = await db
      .selectFrom('clinicians')
      .select(['name', 'title'])
      .where('id', '=', input.clinicianId)
      .executeTakeFirst();
    if (!found) throw notFound('This clinician');
    clinician = found;
  }
  const language = settings.language;
  const groups = await dayListGroups(db, input.date, input.clinicianId, language);
  const printed = instantParts(now.getTime());
  const bytes = await rendering(() =>
    renderDayList(
      {
        clinic: { name: settings.clinicName, phone: settings.clinicPhone },
        date: input.date,
        clinician,
        groups,
        language,
        generatedAt: now.toISOString(),
        printedAt: { date: printed.date, time: printed.time },
      },
      deps.fontsDir ? { fontsDir: deps.fontsDir } : {},
    ),
  );
  const fileName = fileNameFor({
    what: FILE_WHAT[language].dayList,
    detail: clinician?.name,
    date: input.date,
    extension: 'pdf',
  });
  return deliverPdf(bytes, fileName, input.action, deps);
}
