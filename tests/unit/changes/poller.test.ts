import type { KyselyPlugin, PluginTransformQueryArgs, RootOperationNode } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDb } from '../../../electron/db/open';
import { ChangeFeed } from '../../../electron/services/changes/feed';
import { createPatient } from '../../../electron/services/patients/patients';
import { freshDb, tempDir } from '../test-db';
import { child } from '../services/child-fixture';

/*
 * One poll per process on SQLite: however many windows wait, each tick reads the log's position
 * once, and only while someone waits. Counted on the real database through a Kysely plugin.
 */

/** Counts the queries run through it: reads of the position (sqlite_sequence) and everything else. */
class QueryCounter implements KyselyPlugin {
  position = 0;
  other = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node as { kind: string; sqlFragments?: readonly string[] };
    const text = node.kind === 'RawNode' ? (node.sqlFragments ?? []).join(' ') : '';
    if (text.includes('sqlite_sequence')) this.position++;
    else this.other++;
    return args.node;
  }
  transformResult: KyselyPlugin['transformResult'] = (args) => Promise.resolve(args.result);
  reset(): void {
    this.position = 0;
    this.other = 0;
  }
}

const POLL_MS = 100;
const others: OpenDb[] = [];
const feeds: ChangeFeed[] = [];
afterEach(async () => {
  for (const feed of feeds.splice(0)) await feed.close();
  for (const o of others.splice(0)) await o.close();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await pause(5);
  }
}

async function setup(pollMs = POLL_MS) {
  const dir = tempDir();
  const { db } = await freshDb(dir);
  const other = openDatabase(dir);
  others.push(other);
  const counter = new QueryCounter();
  const feed = new ChangeFeed(db.withPlugin(counter), { pollMs, timeoutMs: 10_000 });
  feeds.push(feed);
  const { lastId } = await feed.wait(null);
  return { feed, counter, other: other.db, start: lastId, poller: feed.poller! };
}

describe('change feed poller (SQLite)', () => {
  it('reads the position once per tick for three waiting windows and tells all three of one change', async () => {
    const { feed, counter, other, start, poller } = await setup();
    const waits = ['window:1', 'window:2', 'window:3'].map((s) => feed.waitFor(s, start));
    await until(() => poller.waiting === 3);

    counter.reset();
    const began = Date.now();
    await pause(1_000);
    const ticks = Math.ceil((Date.now() - began) / POLL_MS);
    // One query per tick for all three (three windows polling on their own would be three per tick).
    expect(counter.position).toBeGreaterThanOrEqual(3);
    expect(counter.position).toBeLessThanOrEqual(ticks + 1);
    expect(counter.other).toBe(0);

    const written = Date.now();
    const leo = await createPatient(other, child('Leo', 'Horvat'));
    const answers = await Promise.all(waits);
    expect(Date.now() - written).toBeLessThan(1_000);
    for (const answer of answers) {
      expect(answer.reset).toBe(false);
      expect(answer.changes).toContainEqual(expect.objectContaining({ table: 'patients', rowId: leo.id }));
    }

    // Nobody waits: the poller stops and nothing runs.
    expect(poller.waiting).toBe(0);
    await until(() => !poller.running);
    counter.reset();
    await pause(3 * POLL_MS);
    expect(counter.position + counter.other).toBe(0);
  });

  it('answers at once when the log is already past the position, without waiting for a tick', async () => {
    // A slow tick: an answer in time cannot have come from the poller.
    const { feed, other, start, poller } = await setup(5_000);
    await createPatient(other, child('Mia', 'Novak'));
    const began = Date.now();
    const answer = await feed.waitFor('window:1', start);
    expect(answer.changes.length).toBeGreaterThan(0);
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(poller.waiting).toBe(0);
  });

  it('lets a cancelled or aborted wait leave the waiter set, and stops when the last one leaves', async () => {
    const { feed, start, poller } = await setup();
    const first = feed.waitFor('window:1', start);
    const controller = new AbortController();
    const second = feed.wait(start, 10_000, controller.signal);
    await until(() => poller.waiting === 2);

    const began = Date.now();
    feed.cancel('window:1');
    expect(await first).toEqual({ lastId: start, changes: [], reset: false });
    expect(poller.waiting).toBe(1);
    expect(poller.running).toBe(true);

    controller.abort();
    expect(await second).toEqual({ lastId: start, changes: [], reset: false });
    expect(Date.now() - began).toBeLessThan(500);
    expect(poller.waiting).toBe(0);
    await until(() => !poller.running);
  });

  it('answers with nothing at the timeout and leaves the set', async () => {
    const { feed, start, poller } = await setup();
    const began = Date.now();
    expect(await feed.wait(start, 3 * POLL_MS)).toEqual({ lastId: start, changes: [], reset: false });
    expect(Date.now() - began).toBeGreaterThanOrEqual(3 * POLL_MS - 5);
    expect(poller.waiting).toBe(0);
  });
});
