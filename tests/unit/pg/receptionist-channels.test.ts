import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { localToday } from '../../../shared/calendar';
import { contract, roleMayCall, type Channel } from '../../../shared/contract';
import { startPracticeServer, type PracticeServer } from '../../support/practice-server';
import type { Harness } from '../fuzz/harness';
import { seedSamples } from '../fuzz/samples';

/*
 * The receptionist's login on the practice server may read only some columns (selectPatientRow,
 * valgo_plan_schedule; electron/services/server/grants.ts). A service that reads a refused
 * column works for the admin and fails at run time for the front desk only. So: every channel a
 * receptionist may call (the contract's access rules) is called on a workstation core signed in
 * as a receptionist, with a valid input over a seeded practice (a child with an assessment, an
 * issued plan and booklet, visits), and none may answer INTERNAL or meet "permission denied"
 * (42501) on the server. A new receptionist channel without an input here fails the test.
 */

const ADMIN_SESSION = 'admin-desk';
const DESK = 'front-desk';
const RECEPTIONIST = { name: 'Rhea Reception', username: 'rhea', role: 'receptionist', password: 'rhea-password-1' };
const NEW_PASSWORD = 'rhea-password-2';

/** Run last, in this order: undo of "book follow-ups" (booked first), then the session's own. */
const LAST = [
  'appointments:unbook-plan',
  'staff:lock',
  'staff:unlock',
  'staff:change-password',
  'staff:sign-in',
  'staff:sign-out',
];

/** Answers a valid call may give a receptionist: refusals the practice's state explains. */
const EXPECTED_REFUSALS: Partial<Record<string, string>> = {
  // Set up already (by the set-up command); no recovery code of that shape was issued.
  'staff:setup': 'CONFLICT',
  'staff:recover': 'CONFLICT',
  // Only the admin chooses this computer's data source; browser mode has no file dialog.
  'data-source:set': 'DENIED',
  'data-source:test': 'DENIED',
  'desktop:choose-path': 'VALIDATION',
};

let server: PracticeServer;
let core: Core;
let logFile: string;
let samples: Record<string, unknown>;
/** A visit today, which the front desk may mark attended. */
let todayVisit: number;
/** What each channel answered, for the inputs that follow from an earlier answer. */
const answers: Record<string, unknown> = {};

/** Every channel a signed-in receptionist may call, and those open to anyone. */
const receptionistChannels = (Object.keys(contract) as Channel[]).filter((channel) => {
  const { access } = contract[channel];
  return access === 'anyone' || roleMayCall(access, 'receptionist');
});

async function dispatch(channel: string, input: unknown, session: string) {
  return core.dispatch(channel, input, session);
}

async function must(channel: string, input: unknown, session: string): Promise<unknown> {
  const answer = await dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

beforeAll(async () => {
  server = await startPracticeServer();
  const superuser = new pg.Client({ connectionString: server.cluster.url });
  await superuser.connect();
  try {
    const { rows } = await superuser.query<{ data_directory: string }>('SHOW data_directory');
    // tests/support/pg-cluster.ts starts the server with `-l <cluster folder>/server.log`.
    logFile = path.join(path.dirname(rows[0]!.data_directory), 'server.log');
  } finally {
    await superuser.end();
  }
  core = await startCore({ dataDir: server.deskFolder(), mode: 'browser', version: '0.0.0-test' });
  await must('staff:sign-in', { username: server.admin.login, password: server.admin.password }, ADMIN_SESSION);
  // The fuzz test's seeded practice and inputs, made by the admin on the server.
  const harness = {
    call: async (channel: string, input: unknown) => {
      const answer = await dispatch(channel, input, ADMIN_SESSION);
      return answer.ok ? { ok: true, value: answer.value } : { ok: false, code: answer.error.code };
    },
  } as unknown as Harness;
  samples = await seedSamples(harness);
  const { clinicianId, typeId } = samples['appointments:create'] as { clinicianId: number; typeId: number };
  const other = (samples['patients:archive'] as { id: number }).id;
  const booked = await must(
    'appointments:create',
    { patientId: other, clinicianId, typeId, start: { date: localToday(), time: '16:30' } },
    ADMIN_SESSION,
  );
  todayVisit = (booked as { appointment: { id: number } }).appointment.id;
  await must('staff:create', RECEPTIONIST, ADMIN_SESSION);
}, 120_000);

afterAll(async () => {
  await core?.close();
  server?.stop();
});

/** The inputs for the receptionist, the fuzz samples where they fit her session. */
function inputs(): Record<string, unknown> {
  const { cluster, database } = server;
  const address = { host: cluster.host, port: cluster.port, database, caFile: null };
  return {
    ...samples,
    // A position now: an old one on the server answers at once too, but this is what a window sends.
    'changes:wait': { after: null },
    'data-source:get': {},
    'data-source:set': { kind: 'server', ...address },
    'data-source:test': address,
    'desktop:choose-path': { kind: 'caFile', title: 'CA certificate' },
    'appointments:close-out': { ids: [todayVisit], status: 'attended' },
    'appointments:unbook-plan': () => {
      const { bookings } = answers['appointments:book-plan'] as { bookings: { appointment: { id: number } }[] };
      return { appointmentIds: bookings.map((b) => b.appointment.id) };
    },
    'staff:unlock': { password: RECEPTIONIST.password },
    'staff:change-password': { current: RECEPTIONIST.password, password: NEW_PASSWORD },
    'staff:sign-in': { username: RECEPTIONIST.username, password: NEW_PASSWORD },
  };
}

describe('every receptionist channel on a server workstation', () => {
  it('has an input for each channel the receptionist may call', () => {
    const table = inputs();
    expect(receptionistChannels.filter((channel) => !(channel in table))).toEqual([]);
  });

  it('answers each one without an internal error or a refused column', async () => {
    const table = inputs();
    await must('staff:sign-in', { username: RECEPTIONIST.username, password: RECEPTIONIST.password }, DESK);
    const logStart = fs.statSync(logFile).size;
    const order = [
      ...receptionistChannels.filter((c) => !LAST.includes(c)),
      ...LAST.filter((c) => receptionistChannels.includes(c as Channel)),
    ];
    const failures: string[] = [];
    const refused: string[] = [];
    for (const channel of order) {
      const sample = table[channel];
      const input: unknown = typeof sample === 'function' ? await (sample as () => unknown)() : sample;
      const answer = await dispatch(channel, input, DESK);
      if (answer.ok) {
        answers[channel] = answer.value;
        continue;
      }
      const { code, message } = answer.error;
      if (code === 'INTERNAL' || (code === 'DENIED' && EXPECTED_REFUSALS[channel] !== 'DENIED')) {
        failures.push(`${channel}: ${code} ${message}`);
      } else if (EXPECTED_REFUSALS[channel] !== code) {
        refused.push(`${channel}: ${code} ${message}`);
      }
    }
    const log = fs.readFileSync(logFile, 'utf8').slice(logStart);
    // The statement that met a refused column or table follows its error line in the log.
    const denied = log
      .split('\n')
      .flatMap((line, i, all) =>
        /permission denied/i.test(line) ? [`${line.trim()} | ${all[i + 1]?.trim() ?? ''}`] : [],
      );
    // Valid inputs over a practice in this state are accepted (or refused for the stated reason).
    // The follow-ups were really booked (and undone) by the front desk's login.
    expect((answers['appointments:book-plan'] as { bookings: unknown[] }).bookings.length).toBeGreaterThan(0);
    expect(answers['appointments:unbook-plan']).toMatchObject({ removed: expect.any(Number) });
    expect({ failures, denied, refused }).toEqual({ failures: [], denied: [], refused: [] });
  }, 120_000);
});
