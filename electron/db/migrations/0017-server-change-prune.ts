import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';

/*
 * On a practice server no staff group may delete from the change log (a desk could then hide
 * changes from the others), so until now nothing pruned it: it grew by a row for every write,
 * for ever. `valgo_prune_changes(keep_days)` (SECURITY DEFINER, every group: grants.ts) forgets
 * entries older than that many days, at least 7, so no caller can empty the log under the other
 * desks; a desk asleep longer than that refreshes everything anyway. SQLite's desks delete old
 * entries themselves, as before.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`
    CREATE FUNCTION valgo_prune_changes(keep_days INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    DECLARE
      gone INTEGER;
    BEGIN
      IF keep_days IS NULL OR keep_days < 7 THEN
        RAISE EXCEPTION 'keep_days: at least 7' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      DELETE FROM change_log WHERE at < to_char(
        (clock_timestamp() - make_interval(days => keep_days)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
      GET DIAGNOSTICS gone = ROW_COUNT;
      RETURN gone;
    END $$`.execute(db);
  await sql`REVOKE ALL ON FUNCTION valgo_prune_changes(INTEGER) FROM PUBLIC`.execute(db);
}
