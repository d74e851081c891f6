import type { Kysely } from 'kysely';
import { BookletRequest, localToday } from '../../shared/contract';
import type { Database } from '../db/schema';
import { patientAppointments } from './appointments';
import { getPatientRecord } from './patients';
import { getSettings } from './settings';

/**
 * The booklet a clinician starts from: the child's latest assessment and its clinician, the
 * clinic letterhead, the main contact's language, starting today, and the visits already booked
 * (printed as the next appointment and on the plan timeline). Everything stays adjustable.
 */
export async function draftBooklet(db: Kysely<Database>, patientId: number, now = new Date()): Promise<BookletRequest> {
  const [{ patient, assessments }, settings, visits] = await Promise.all([
    getPatientRecord(db, patientId),
    getSettings(db),
    patientAppointments(db, patientId),
  ]);
  // Booked visits from now on, soonest first, as the diary shows them (local date and time).
  const booked = visits
    .filter((v) => v.status === 'booked' && Date.parse(v.startsAt) >= now.getTime())
    .reverse()
    .map((v) => `${v.date}T${v.start}`);
  const latest = assessments[0] ?? null;
  const clinician = latest
    ? await db
        .selectFrom('clinicians')
        .select(['name', 'title', 'phone'])
        .where('id', '=', latest.clinicianId)
        .executeTakeFirst()
    : undefined;
  return BookletRequest.parse({
    child: { firstName: patient.firstName, lastName: patient.lastName, dateOfBirth: patient.dateOfBirth },
    assessment: latest
      ? { left: latest.left, right: latest.right, redFlags: latest.redFlags, overweight: latest.overweight }
      : null,
    clinician: clinician ?? null,
    clinic: {
      name: settings.clinicName,
      address: settings.clinicAddress,
      phone: settings.clinicPhone,
      ...(settings.clinicLogo ? { logoPng: settings.clinicLogo } : {}),
    },
    settings: { startDate: localToday(now) },
    language: patient.guardians[0]?.preferredLanguage ?? settings.language,
    paper: 'A4',
    generatedAt: now.toISOString(),
    ...(booked.length ? { nextAppointment: booked[0], bookedVisits: booked.slice(0, 40) } : {}),
  });
}
