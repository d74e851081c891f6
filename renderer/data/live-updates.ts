import type { Query, QueryClient } from '@tanstack/react-query';
import type { ChangeEntry, ChangesWaitResult } from '../../shared/contract';
import { CallFailed, type Api } from '../api';
import { probeAfterWrites, ReadStamps, writesSettled } from './own-writes';

/*
 * Live updates across desks: one loop per signed-in window asks main for the changes after the
 * last position it saw (`changes:wait`, answered as soon as another desk or window writes, or
 * empty after ~25 s) and marks the reads they touch as stale, so the diary, the recall list and
 * the open child refresh in place. A refetch never resets a form: the forms take their starting
 * values once and keep what is typed.
 *
 * When a call fails (main unreachable, the server dropped) the loop reports it (the reconnecting
 * banner), retries with backoff from 1 s to 10 s, and once back reads everything again: whatever
 * changed meanwhile is on screen. A locked or signed-out window only pauses, quietly.
 *
 * This window's own writes are read again once, by the write itself: the feed skips the reads
 * that already include the changes it brings (renderer/data/own-writes.ts).
 */

/** Which reads (query-key domains) a table's rows appear in; tables not named here refresh everything. */
const DOMAINS: Readonly<Record<string, readonly string[]>> = {
  patients: ['patients', 'appointments', 'recall', 'care-plans'],
  guardians: ['patients', 'appointments', 'recall'],
  assessments: ['assessments', 'patients', 'booklets', 'care-plans'],
  appointments: ['appointments', 'recall', 'slots', 'patients', 'care-plans'],
  care_plans: ['care-plans', 'booklets', 'recall', 'patients', 'adherence', 'appointments'],
  recalls: ['recall', 'appointments', 'care-plans'],
  recall_contacts: ['recall'],
  booklets: ['booklets', 'care-plans', 'patients'],
  course_returns: ['adherence', 'booklets'],
  clinicians: ['clinicians', 'diary', 'appointments', 'appointment-types', 'slots', 'recall'],
  appointment_types: ['appointment-types', 'diary', 'appointments', 'slots'],
  closed_days: ['diary', 'slots', 'appointments'],
  working_hours: ['diary', 'slots', 'appointments'],
  staff: ['staff'],
  staff_options: ['staff'],
};

/** Reads never refreshed by another desk's change: the booklet preview renders a PDF; it follows the form. */
const NOT_LIVE = new Set(['booklets:preview']);

/** Refusals that mean "not now" (locked, signed out), not "disconnected". */
const PAUSES = new Set(['LOCKED', 'SIGNED_OUT', 'DENIED']);

/** The child a cached read is about, when its input names one. */
function patientOf(key: readonly unknown[]): number | null {
  const [domain, , input] = key;
  if (typeof input !== 'object' || input === null) return null;
  const { patientId, id } = input as { patientId?: unknown; id?: unknown };
  if (typeof patientId === 'number') return patientId;
  if (domain === 'patients' && typeof id === 'number') return id;
  return null;
}

/** True when `changes` can alter what the cached read `key` shows. */
export function touches(key: readonly unknown[], changes: readonly ChangeEntry[]): boolean {
  const [domain, channel] = key;
  if (typeof domain !== 'string' || NOT_LIVE.has(String(channel))) return false;
  const patient = patientOf(key);
  return changes.some((change) => {
    const domains = DOMAINS[change.table];
    if (!domains) return true;
    if (!domains.includes(domain)) return false;
    // A read about one child changes only with that child's rows (lists and clinic-wide rows: always).
    return patient === null || change.patientId === null || change.patientId === patient;
  });
}

/**
 * Marks stale (and re-reads, if on screen) every read the changes touch, but those `current`
 * says already include them; all reads when `changes` is null.
 */
export function applyChanges(
  client: QueryClient,
  changes: readonly ChangeEntry[] | null,
  current: (query: Query) => boolean = () => false,
): Promise<void> {
  if (changes === null) return client.invalidateQueries();
  if (changes.length === 0) return Promise.resolve();
  return client.invalidateQueries({
    predicate: (query: Query) => touches(query.queryKey, changes) && !current(query),
  });
}

export interface LiveUpdatesOptions {
  api: Api;
  client: QueryClient;
  /** Called with false on the first failed call, and with true when a call succeeds again. */
  onConnection(connected: boolean): void;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** How long a locked or signed-out window waits before asking again. */
  pauseMs?: number;
  /** How long changes wait for this window's own write to finish re-reading (they may be its own). */
  settleMs?: number;
}

/** Starts the loop; returns its stop. */
export function startLiveUpdates(options: LiveUpdatesOptions): () => void {
  const { api, client, onConnection, minDelayMs = 1_000, maxDelayMs = 10_000, pauseMs = 5_000 } = options;
  const settleMs = options.settleMs ?? 300;
  const controller = new AbortController();
  const stamps = new ReadStamps(client);
  let stopped = false;
  let connected = true;
  // After each write of this window, before its own re-reads: where the feed is now.
  const undoProbe = probeAfterWrites(client, async () => {
    if (stopped || !connected) return;
    try {
      const now = await api.call('changes:wait', { after: null }, { signal: controller.signal });
      stamps.reached(now.lastId);
    } catch {
      // Signed out by this very write, or the line dropped: the reads just are not stamped.
    }
  });
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      wake = done;
    });

  const run = async () => {
    let after: number | null = null;
    let failures = 0;
    while (!stopped) {
      try {
        const answer: ChangesWaitResult = await api.call('changes:wait', { after }, { signal: controller.signal });
        if (stopped) return;
        after = answer.lastId;
        failures = 0;
        if (!connected || answer.reset) {
          if (!connected) {
            connected = true;
            onConnection(true);
          }
          // Back, or the log was replaced: whatever changed meanwhile is read again.
          stamps.forget(answer.lastId);
          await applyChanges(client, null);
        } else if (answer.changes.length === 0) {
          stamps.reached(answer.lastId);
        } else {
          // Changes arriving while this window's own write re-reads may be its own: let it finish.
          await writesSettled(client, settleMs);
          if (stopped) return;
          const position = answer.lastId;
          const current = (query: Query) => stamps.includes(query, position);
          // The reads this starts include the batch (known before they start).
          stamps.reached(position);
          await applyChanges(client, answer.changes, current);
        }
      } catch (error) {
        if (stopped) return;
        if (error instanceof CallFailed && PAUSES.has(error.error.code)) {
          // Main answered: the line is up. The changes wait in the log for when the window is back.
          if (!connected) {
            connected = true;
            onConnection(true);
          }
          await sleep(pauseMs);
          continue;
        }
        failures++;
        if (connected) {
          connected = false;
          onConnection(false);
        }
        await sleep(Math.min(maxDelayMs, minDelayMs * 2 ** (failures - 1)));
      }
    }
  };
  void run();
  return () => {
    stopped = true;
    controller.abort();
    wake?.();
    undoProbe();
    stamps.dispose();
  };
}
