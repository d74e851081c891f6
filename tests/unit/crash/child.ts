/*
 * The crash test's writer (crash.test.ts bundles it once and runs it under plain node). It loads
 * everything, says "ready", waits for "go" on stdin, opens the database through the real open and
 * migrate, then writes through the real services without end: a child with two guardians (one
 * transaction of several rows), then a visit for that child. Each write is acknowledged on stdout
 * ("P <id>" / "A <id>") only after the service has returned, that is after the commit.
 */
import { openDatabase } from '../../../electron/db/open';
import { migrate } from '../../../electron/db/migrate';
import { createPatient } from '../../../electron/services/patients/patients';
import { createAppointment } from '../../../electron/services/diary/appointments';

const [dataDir, clinicianArg, typeArg] = process.argv.slice(2);
const clinicianId = Number(clinicianArg);
const typeId = Number(typeArg);

function guardian(name: string, phone: string) {
  return {
    name,
    relationship: 'mother' as const,
    phone,
    email: '',
    preferredLanguage: 'en' as const,
    contactConsent: true,
  };
}

/** Slot `n`: eight half-hours a day from 09:00, day after day from 2030-01-07. */
function slot(n: number) {
  const day = new Date(Date.UTC(2030, 0, 7 + Math.floor(n / 8)));
  const minutes = 9 * 60 + (n % 8) * 30;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: day.toISOString().slice(0, 10), time };
}

async function run(): Promise<void> {
  const handle = openDatabase(dataDir!);
  await migrate(handle.db, handle.sqlite);
  let n = (handle.sqlite.prepare('SELECT count(*) FROM appointments').pluck().get() as number) + 1000;
  for (let i = 0; ; i++) {
    const patient = await createPatient(handle.db, {
      firstName: `Crash${i}`,
      lastName: `Round${process.pid}`,
      dateOfBirth: '2020-05-17',
      sex: 'female',
      notes: '',
      guardians: [guardian('Anna Parent', '+7 912 345-67-89'), guardian('Ivan Parent', '+7 912 345-67-90')],
    });
    process.stdout.write(`P ${patient.id}\n`);
    const visit = await createAppointment(
      handle.db,
      {
        patientId: patient.id,
        clinicianId,
        typeId,
        start: slot(n++),
        durationMinutes: 20,
        note: '',
        recallId: null,
      },
      new Date('2000-01-01T00:00:00Z'),
    );
    process.stdout.write(`A ${visit.appointment.id}\n`);
  }
}

process.stdout.write('ready\n');
process.stdin.once('data', () => {
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
});
