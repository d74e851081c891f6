import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../../shared/contract';
import { fromSchema, mutationsOf } from './arbitraries';
import { startHarness } from './harness';
import { seedSamples } from './samples';

/*
 * Issue 10 item 5: generated payloads for every channel (mutations of a valid payload, and values
 * read off the input schema: lone surrogates, control and bidi characters, invisible-only text,
 * huge strings, far dates, NUL, wrong types) sent through the real dispatch and handlers on a
 * seeded SQLite file, signed in as an administrator. No answer may be INTERNAL, no handler may
 * receive a value the boundary promises to refuse (harness + invariants), and a refused call must
 * leave every table as it was. VALGO_FUZZ_RUNS raises the total (default 10,000);
 * VALGO_FUZZ_SEED replays another run.
 */

const TOTAL = Number(process.env.VALGO_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.VALGO_FUZZ_SEED ?? 20261207);

/**
 * Not fuzzed: the backup channels copy, check and replace the database file itself and write to
 * the backup folder (backups:restore swaps the live file under the test's connection); their
 * handlers need the BackupService startCore makes from a real data folder.
 */
const SKIPPED = (name: string) => name.startsWith('backups:');

/** Channels that render a PDF (about 0.2-0.5 s each when accepted) or hash a password (scrypt). */
const SLOW = new Set([
  'booklets:preview',
  'booklets:issue',
  'booklets:reissue',
  'appointments:card',
  'diary:day-list',
  'patients:export-zip',
  'staff:setup',
  'staff:sign-in',
  'staff:unlock',
  'staff:change-password',
  'staff:recover',
  'staff:create',
  'staff:reset-password',
]);
const SLOW_RUNS = 30;

interface Count {
  ms: number;
  payloads: number;
  accepted: number;
  rejected: Record<string, number>;
}

describe('the boundary under generated payloads', () => {
  it('answers every payload without INTERNAL, lets no bad value through, and saves nothing it refuses', async () => {
    const h = await startHarness();
    const samples = await seedSamples(h);
    const channels = channelNames.filter((c) => !SKIPPED(c));
    const slow = channels.filter((c) => SLOW.has(c));
    const perChannel = Math.ceil((TOTAL - slow.length * SLOW_RUNS) / (channels.length - slow.length));

    const counts: Record<string, Count> = {};
    const internal: string[] = [];
    const savedOnRefusal: string[] = [];
    let print = h.fingerprint();
    let seed = SEED;

    for (const channel of channels) {
      const sample = await fresh(samples[channel]);
      const fromInput = fromSchema(contract[channel].input);
      const arbitrary =
        sample === undefined
          ? fromInput
          : fc.oneof({ arbitrary: mutationsOf(sample), weight: 3 }, { arbitrary: fromInput, weight: 1 });
      const runs = SLOW.has(channel) ? SLOW_RUNS : perChannel;
      const count: Count = { ms: 0, payloads: 0, accepted: 0, rejected: {} };
      const started = performance.now();
      counts[channel] = count;
      for (const payload of fc.sample(arbitrary, { numRuns: runs, seed: seed++ })) {
        const before = h.changes();
        const logged = h.internal.length;
        const answer = await h.call(channel, payload);
        count.payloads++;
        if (answer.ok) count.accepted++;
        else count.rejected[answer.code!] = (count.rejected[answer.code!] ?? 0) + 1;
        if (answer.code === 'INTERNAL') {
          const error = h.internal[logged]?.error;
          internal.push(
            `${channel} ${describePayload(payload)}: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        if (h.changes() === before) continue;
        const now = h.fingerprint();
        if (!answer.ok && now !== print) savedOnRefusal.push(`${channel} (${answer.code}) ${describePayload(payload)}`);
        print = now;
      }
      count.ms = Math.round(performance.now() - started);
    }

    report(counts);
    const total = Object.values(counts).reduce((n, c) => n + c.payloads, 0);
    expect(total).toBeGreaterThanOrEqual(TOTAL);
    expect(internal).toEqual([]);
    expect(h.violations.map((v) => `${v.channel}: ${v.problems.join('; ')}`)).toEqual([]);
    expect(savedOnRefusal).toEqual([]);
    // The run meant something: every fuzzed channel was reached with some accepted payloads overall,
    // and most channels accepted at least one payload (so handlers, not only the parser, ran).
    const acceptedChannels = channels.filter((c) => counts[c]!.accepted > 0);
    expect(acceptedChannels.length).toBeGreaterThan(channels.length * 0.8);
  }, 300_000);
});

/** A sample, or one made now from the database as earlier channels left it. */
async function fresh(sample: unknown): Promise<unknown> {
  return typeof sample === 'function' ? (sample as () => Promise<unknown>)() : sample;
}

function describePayload(payload: unknown): string {
  const text = JSON.stringify(payload) ?? String(payload);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
}

function report(counts: Record<string, Count>): void {
  const rows = Object.entries(counts).map(([channel, c]) => ({
    channel,
    ms: c.ms,
    payloads: c.payloads,
    accepted: c.accepted,
    rejected: Object.entries(c.rejected)
      .map(([code, n]) => `${code} ${n}`)
      .join(', '),
  }));
  const sum = (key: 'payloads' | 'accepted') => rows.reduce((n, r) => n + r[key], 0);
  console.log(
    `boundary fuzz: ${sum('payloads')} payloads over ${rows.length} channels, ` +
      `${sum('accepted')} accepted, ${sum('payloads') - sum('accepted')} rejected`,
  );
  console.table(rows);
}
