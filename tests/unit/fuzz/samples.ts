import { addDays, addMonths, localToday } from '../../../shared/calendar';
import type { Harness } from './harness';

/*
 * A seeded practice (clinician, working hours, two children, an assessment, an issued plan with
 * its check-ups, visits, a returned course) and one valid payload per channel over it: the
 * starting points the fuzz test mutates.
 */

const today = localToday();

/** The record's version as it stands now (a save must be based on it; row versions). */
async function versionOf(h: Harness, channel: string, id: number): Promise<number> {
  return (await must<{ version: number }>(h, channel, { id })).version;
}

async function must<T = Record<string, unknown>>(h: Harness, channel: string, input: unknown): Promise<T> {
  const answer = await h.call(channel, input);
  if (!answer.ok) throw new Error(`seed ${channel}: ${answer.code}`);
  return answer.value as T;
}

const guardian = {
  name: 'Olga Sokolova',
  relationship: 'mother',
  phone: '+7 912 345-67-89',
  email: 'olga@example.com',
  preferredLanguage: 'en',
  contactConsent: true,
};
const child = (firstName: string, lastName: string, dateOfBirth: string) => ({
  firstName,
  lastName,
  middleName: '',
  dateOfBirth,
  sex: 'female',
  notes: 'Prefers mornings',
  guardians: [guardian],
});
const foot = { degree: 1, method: 'clinical', flexible: 'yes', heelAngle: 8 };

interface Schedule {
  startDate: string;
  checkups: { id: number | null; dueOn: string; state: string }[];
}

export async function seedSamples(h: Harness): Promise<Record<string, unknown>> {
  const dob = addMonths(today, -50);
  const clinician = await must<{ id: number }>(h, 'clinicians:create', {
    name: 'Dr Irina Volkova',
    title: 'Pediatric orthopedist',
    phone: '+7 495 123-45-67',
    active: true,
  });
  const C = clinician.id;
  // The appointment card prints the clinic's phone and refuses to print without one.
  await must(h, 'settings:update', { clinicName: 'Happy Feet', clinicPhone: '+44 20 7946 0000' });
  await must(h, 'diary:hours:set', {
    clinicianId: C,
    intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  });
  const P = (await must<{ id: number }>(h, 'patients:create', child('Mia', 'Novak', dob))).id;
  const P2 = (await must<{ id: number }>(h, 'patients:create', child('Lev', 'Orlov', addMonths(today, -70)))).id;
  const P3 = (await must<{ id: number }>(h, 'patients:create', child('Eva', 'Erased', addMonths(today, -40)))).id;
  const assessment = {
    patientId: P,
    clinicianId: C,
    assessedOn: today,
    left: foot,
    right: { ...foot, degree: 2 },
    redFlags: [],
    weightKg: 17.5,
    heightCm: 104,
    overweight: false,
    notes: 'Flexible on tiptoe',
  };
  const A = (await must<{ id: number }>(h, 'assessments:create', assessment)).id;
  const draft = await must<{ assessmentId: number | null; choices: unknown }>(h, 'booklets:draft', { patientId: P });
  const compose = { patientId: P, assessmentId: draft.assessmentId, choices: draft.choices };
  const issued = await must<{ booklet: { id: number } | null }>(h, 'booklets:issue', {
    ...compose,
    plan: 'new',
    action: 'download',
  });
  const B = issued.booklet?.id ?? 1;
  const schedule = await must<Schedule>(h, 'care-plans:schedule', { patientId: P });
  const types = await must<{ id: number }[]>(h, 'appointment-types:list', {});
  const T = types[0]!.id;
  const at = (days: number, time: string) => ({ date: addDays(today, days), time });
  const AP = (
    await must<{ appointment: { id: number } }>(h, 'appointments:create', {
      patientId: P,
      clinicianId: C,
      typeId: T,
      start: at(2, '10:00'),
      note: 'Bring shoes',
    })
  ).appointment.id;
  const AP2 = (
    await must<{ appointment: { id: number } }>(h, 'appointments:create', {
      patientId: P2,
      clinicianId: C,
      typeId: T,
      start: at(3, '11:00'),
    })
  ).appointment.id;
  const course = { patientId: P, planStart: schedule.startDate, course: 1 };
  const staff = await must<{ id: number }>(h, 'staff:create', {
    name: 'Nina Clinician',
    username: 'nina',
    role: 'clinician',
    password: 'nina-password',
  });

  return {
    'patients:search': { query: 'Nov 912', limit: 10 },
    'patients:get': { id: P },
    'patients:record': { id: P },
    'patients:create': child('Anna', 'Petrova', addMonths(today, -30)),
    'patients:update': async () => ({
      id: P2,
      version: await versionOf(h, 'patients:get', P2),
      patient: child('Lev', 'Orlov', addMonths(today, -70)),
    }),
    'patients:archive': { id: P2, archived: false },
    'patients:duplicates': { firstName: 'Mia', lastName: 'Novak', dateOfBirth: dob, phones: ['+7 912 345-67-89'] },
    'settings:get': {},
    'settings:update': { clinicName: 'Happy Feet', clinicAddress: '1 High St', calendarCourses: 3 },
    'app:info': {},
    'clinicians:list': {},
    'clinicians:create': { name: 'Dr Ann Lee', title: 'Podiatrist', phone: '', active: true },
    'clinicians:update': {
      id: C,
      version: 1,
      clinician: { name: 'Dr Irina Volkova', title: 'Pediatric orthopedist', phone: '+7 495 123-45-67', active: true },
    },
    'assessments:create': { ...assessment, assessedOn: addDays(today, -7) },
    'assessments:update': { id: A, version: 1, assessment },
    'assessments:list': { patientId: P },
    'assessments:history': { id: A },
    'booklets:draft': { patientId: P },
    'booklets:preview': compose,
    'booklets:issue': { ...compose, plan: 'continue', action: 'download' },
    'booklets:list': { patientId: P },
    'booklets:reprint': { id: B, action: 'download' },
    'booklets:reissue': { id: B, action: 'download' },
    'diary:setup:get': {},
    'diary:hours:set': { clinicianId: C, intervals: [{ weekday: 1, start: '09:00', end: '17:00' }] },
    'diary:closed-days:set': {
      items: [{ from: addDays(today, 20), to: addDays(today, 21), clinicianId: null, label: 'Holiday' }],
    },
    'appointment-types:list': {},
    'appointment-types:save': { name: 'Strapping check', durationMinutes: 20, active: true },
    'appointments:range': { from: today, to: addDays(today, 6), clinicianId: C },
    'appointments:get': { id: AP },
    'appointments:patient': { patientId: P },
    'appointments:create': { patientId: P, clinicianId: C, typeId: T, start: at(5, '12:00'), note: '' },
    'appointments:check': { id: null, patientId: P, clinicianId: C, start: at(4, '09:30'), durationMinutes: 30 },
    'appointments:move': async () => ({
      id: AP,
      version: await versionOf(h, 'appointments:get', AP),
      start: at(2, '14:00'),
    }),
    'appointments:set-status': async () => ({
      id: AP,
      version: await versionOf(h, 'appointments:get', AP),
      status: 'booked',
    }),
    'appointments:cancel': async () => ({
      id: AP2,
      version: await versionOf(h, 'appointments:get', AP2),
      reason: 'Family ill',
    }),
    // Made when its turn comes: booklets:issue runs earlier and may have replaced the plan.
    'appointments:book-plan': async () => {
      const now = await must<Schedule | null>(h, 'care-plans:schedule', { patientId: P });
      const due = (now?.checkups ?? []).filter((c) => c.id !== null && c.state === 'due').slice(-2);
      return {
        patientId: P,
        clinicianId: C,
        visits: due.map((c) => ({ checkupId: c.id, start: { date: c.dueOn, time: '15:00' } })),
      };
    },
    'appointments:unbook-plan': { appointmentIds: [AP2] },
    'appointments:unclosed': { clinicianId: C },
    'appointments:close-out': { ids: [AP], status: 'attended' },
    'slots:next': { clinicianId: C, from: today, durationMinutes: 30, notAfter: addDays(today, 30) },
    'slots:propose': {
      clinicianId: C,
      patientId: P,
      typeId: T,
      proposals: [{ dueOn: addMonths(today, 1), reason: 'manual' }],
    },
    'recall:list': { due: 'all' },
    'recall:contacted': { patientId: P, outcome: 'reached', note: 'Will call back' },
    'recall:contacts': { patientId: P },
    'appointments:card': { patientId: P, layout: 'A6', action: 'download' },
    'appointments:ics': { patientId: P, language: 'ru' },
    'diary:day-list': { date: addDays(today, 2), action: 'download' },
    'care-plans:current': { patientId: P },
    'care-plans:list': { patientId: P },
    'care-plans:schedule': { patientId: P },
    'patients:export': { patientId: P },
    'adherence:sheet': course,
    'adherence:save': { ...course, entry: { kind: 'estimate', percent: 60 }, enteredBy: 'Olga Sokolova' },
    'adherence:summary': { patientId: P },
    'adherence:history': course,
    'staff:status': {},
    'staff:setup': { name: 'Second Admin', username: 'admin2', password: 'second-password' },
    'staff:sign-in': { username: 'fuzzadmin', password: 'fuzz-admin-password' },
    'staff:sign-out': {},
    'staff:lock': {},
    'staff:unlock': { password: 'fuzz-admin-password' },
    'staff:touch': {},
    'staff:change-password': { current: 'not-the-password', password: 'new-password-1' },
    'staff:recover': { username: 'fuzzadmin', recoveryCode: 'ABCD-EFGH', password: 'new-password-2' },
    'staff:list': {},
    'staff:create': { name: 'Rita Reception', username: 'rita', role: 'receptionist', password: 'rita-password' },
    'staff:update': { id: staff.id, name: 'Nina K' },
    'staff:reset-password': { id: staff.id, password: 'nina-password-2' },
    'staff:idle-lock:set': { minutes: 30 },
    'audit:list': { patientId: P, limit: 20 },
    'audit:verify': {},
    'changes:wait': { after: 0 },
    'patients:export-zip': { patientId: P },
    'patients:erase': { id: P3, confirmName: 'Eva Erased' },
  };
}
