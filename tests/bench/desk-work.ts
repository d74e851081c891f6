import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { openPostgres } from '../../electron/db/engine';
import { createAppointment } from '../../electron/services/diary/appointments';
import { nextFreeSlots } from '../../electron/services/diary/slots';
import { AppError } from '../../electron/services/errors';
import { searchPatients } from '../../electron/services/patients/patients';
import { addDays } from '../../shared/calendar';
import { random } from './seed-patients';

/*
 * One front desk of the load test (desk-load.ts): its own connection pool on the practice
 * server (five connections, as a workstation window's sign-in opens), the real services, and
 * round after round: find the next free slot and book it, then search for a child, until the
 * deadline, back to back or at a set pace. Every request's latency is kept. A slot another desk took a moment
 * earlier is refused (CONFLICT), as at a real desk; the refusal is a request like any other.
 */

export interface DeskTask {
  desk: number;
  url: string;
  clinicians: number[];
  children: number;
  queries: string[];
  today: string;
  /**
   * Back to back when absent. Otherwise a round (slot, booking, search) starts every `paceMs`
   * at most, the first after a random part of it so the desks do not move in step.
   */
  paceMs?: number;
}

export interface DeskResult {
  desk: number;
  slot: number[];
  book: number[];
  search: number[];
  refused: number;
  errors: string[];
}

export interface Desk {
  /** A few untimed requests (connections opened, plans cached), then ready. */
  warm(): Promise<void>;
  run(until: number): Promise<DeskResult>;
  close(): Promise<void>;
}

const sleep = (ms: number) => (ms > 0 ? delay(ms) : Promise.resolve());

export function openDesk(task: DeskTask): Desk {
  const { db, close } = openPostgres({ connectionString: task.url, max: 5 });
  const rnd = random(1000 + task.desk);
  const result: DeskResult = { desk: task.desk, slot: [], book: [], search: [], refused: 0, errors: [] };
  let q = 0;
  const time = async <T>(into: number[] | null, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      into?.push(performance.now() - t);
    }
  };
  const round = async (keep: boolean) => {
    const clinicianId = task.clinicians[Math.floor(rnd() * task.clinicians.length)]!;
    const from = addDays(task.today, 1 + Math.floor(rnd() * 60));
    const [slot] = await time(keep ? result.slot : null, () =>
      nextFreeSlots(db, { clinicianId, from, durationMinutes: 20, count: 1 }),
    );
    if (slot) {
      const booking = {
        patientId: 1 + Math.floor(rnd() * task.children),
        clinicianId,
        typeId: 2,
        start: { date: slot.date, time: slot.start },
        note: '',
        recallId: null,
      };
      try {
        await time(keep ? result.book : null, () => createAppointment(db, booking));
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT') result.refused++;
        else result.errors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      }
    }
    await time(keep ? result.search : null, () => searchPatients(db, task.queries[q++ % task.queries.length]!, 50));
  };
  return {
    warm: async () => {
      for (let i = 0; i < 5; i++) await round(false);
    },
    run: async (until) => {
      const pace = task.paceMs ?? 0;
      if (pace) await sleep(rnd() * pace);
      while (Date.now() < until) {
        const started = Date.now();
        await round(true);
        if (pace) await sleep(Math.min(until, started + pace) - Date.now());
      }
      return result;
    },
    close,
  };
}
