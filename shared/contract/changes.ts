import { z } from 'zod';
import { EVERY_ROLE } from './access';

/*
 * Live updates across desks (electron/services/changes): what other desks (or other windows)
 * changed, as keys only: the table, the row's id and the child it belongs to. The renderer asks
 * for the changes after the last position it saw; main answers as soon as there are any, or with
 * none after about 25 seconds. Every signed-in role sees every key (no names, no notes).
 */

/** A position in the change feed; opaque to the renderer (an id on SQLite, a transaction horizon on PostgreSQL). */
export const ChangePosition = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export type ChangePosition = z.infer<typeof ChangePosition>;

export const ChangeEntry = z.object({
  id: z.number().int(),
  table: z.string(),
  rowId: z.number().int().nullable(),
  patientId: z.number().int().nullable(),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

export const ChangesWaitInput = z.strictObject({
  /** The `lastId` of the previous answer; null: just tell me where the feed is now. */
  after: ChangePosition.nullable(),
});
export type ChangesWaitInput = z.infer<typeof ChangesWaitInput>;

export const ChangesWaitResult = z.object({
  /** Pass it as `after` next time. */
  lastId: ChangePosition,
  changes: z.array(ChangeEntry),
  /** True when the changes could not be listed one by one (too many, or the log was pruned or replaced): refresh everything. */
  reset: z.boolean(),
});
export type ChangesWaitResult = z.infer<typeof ChangesWaitResult>;

export const changeChannels = {
  /** Waits (up to ~25 s) for changes after `after`; answers at once when there are some. */
  'changes:wait': { input: ChangesWaitInput, output: ChangesWaitResult, access: EVERY_ROLE },
} as const;
