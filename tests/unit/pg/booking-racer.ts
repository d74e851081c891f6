import readline from 'node:readline';
import { openPostgres } from '../../../electron/db/engine';
import { createAppointment } from '../../../electron/services/diary/appointments';
import { AppError } from '../../../electron/services/errors';
import { raceSlots } from './booking-race-slots';

/*
 * One desk of the two-process booking race (booking-race.test.ts): its own process, its own
 * connection pool, the real booking service. Says "ready", waits for "go" on stdin, then books
 * every slot in order for its child and prints what happened as one JSON line.
 */

const [url, clinicianId, patientId, typeId, count] = process.argv.slice(2);
const handle = openPostgres({ connectionString: url!, max: 2 });
const outcome = { booked: [] as number[], taken: 0, takenNamed: 0, byDatabase: 0, other: [] as string[] };
const slots = raceSlots(Number(count));

process.stdout.write('ready\n');
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() === 'go') break;
}
for (const [i, start] of slots.entries()) {
  try {
    const result = await createAppointment(
      handle.db,
      {
        patientId: Number(patientId),
        clinicianId: Number(clinicianId),
        typeId: Number(typeId),
        start,
        durationMinutes: 30,
        note: '',
        recallId: null,
      },
      new Date('2000-01-01T00:00:00Z'),
    );
    if (result.appointment.status === 'booked') outcome.booked.push(i);
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') {
      outcome.taken++;
      if (/already has .* booked from/.test(error.message)) outcome.takenNamed++;
      // Refused by the exclusion constraint (both checked the slot free at the same instant).
      if (error.message.startsWith('This slot was just taken')) outcome.byDatabase++;
    } else outcome.other.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}
await handle.close();
process.stdout.write(`${JSON.stringify(outcome)}\n`);
lines.close();
