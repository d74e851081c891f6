import { sql, type Kysely } from 'kysely';
import type { Engine } from '../engine';

/*
 * Patient search on PostgreSQL without sorting every match (issue 13 §3). FTS5 (SQLite) keeps
 * every word's doclist in rowid order, so "the first 50 matches in list order" stops after 50
 * rows. A GIN index cannot: its matches come back unordered, to be collected and sorted. So the
 * PostgreSQL form keeps every prefix of every indexed word in a btree keyed (prefix, rowid), with
 * rowid = the child's sort_rank: one typed word is one index range already in list order, and
 * the other words are probed per row (electron/services/patients/search-postgres.ts).
 *
 * Keys: each prefix of each word ('a', 'an', 'ann', 'anna') and the whole word followed by a
 * space ('anna '), which the earlier parts of a word typed with punctuation need ("o'bri": the
 * word "o" exactly, then a word starting "bri"). Triggers on patient_search keep the keys, so the
 * services and copies write patient_search as on SQLite. Each field is stored as its words one
 * space apart (the search module writes it so, already folded and split as FTS5 splits; a row
 * written another way, as a copy of a SQLite row with its punctuation, is split by the trigger),
 * so a typed phrase ("o'bri": "o" then a word starting "bri") is a LIKE '% o bri%' on the field.
 * The generated tsvector and its GIN index (migration 1) are dropped: nothing reads them.
 *
 * SQLite: nothing changes (FTS5 with its prefix indexes does all of this).
 */
export async function up(db: Kysely<unknown>, engine: Engine = 'sqlite'): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`DROP INDEX patient_search_document`.execute(db);
  await sql`ALTER TABLE patient_search DROP COLUMN document`.execute(db);
  await sql`
    CREATE TABLE patient_search_prefixes (
      prefix TEXT COLLATE "C" NOT NULL,
      rowid BIGINT NOT NULL,
      PRIMARY KEY (prefix, rowid)
    )`.execute(db);
  // Separators: ASCII punctuation and controls, Latin-1 punctuation and symbols (not ª µ º ¹ ² ³
  // ¼ ½ ¾, which are letters and digits), general punctuation, CJK punctuation, BOM.
  await sql`
    CREATE FUNCTION valgo_search_split(doc TEXT) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $body$
      SELECT w FROM regexp_split_to_table(doc,
        '[\\u0001-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u00a9\\u00ab-\\u00b1\\u00b4\\u00b6-\\u00b8\\u00bb\\u00bf\\u00d7\\u00f7\\u2000-\\u206f\\u3000-\\u3004\\u3008-\\u3011\\ufeff]+'
      ) AS w WHERE w <> ''
    $body$`.execute(db);
  await sql`
    CREATE FUNCTION valgo_search_prefixes(doc TEXT) RETURNS SETOF TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $body$
      SELECT DISTINCT p.prefix FROM valgo_search_split(doc) AS w (word)
      CROSS JOIN LATERAL (
        SELECT left(w.word, n) FROM generate_series(1, char_length(w.word)) AS n
        UNION ALL SELECT w.word || ' '
      ) AS p (prefix)
    $body$`.execute(db);
  await sql`
    CREATE FUNCTION valgo_search_words(doc TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN coalesce((SELECT string_agg(w, ' ' ORDER BY n) FROM valgo_search_split(doc) WITH ORDINALITY AS t (w, n)), '')`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION valgo_patient_search_words() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
      NEW.names := valgo_search_words(NEW.names);
      NEW.guardians := valgo_search_words(NEW.guardians);
      NEW.phones := valgo_search_words(NEW.phones);
      RETURN NEW;
    END $body$`.execute(db);
  await sql`
    CREATE FUNCTION valgo_patient_search_added() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
      INSERT INTO patient_search_prefixes (prefix, rowid)
      SELECT k.prefix, a.rowid FROM added a
      CROSS JOIN LATERAL valgo_search_prefixes(a.names || ' ' || a.guardians || ' ' || a.phones) AS k (prefix)
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END $body$`.execute(db);
  await sql`
    CREATE FUNCTION valgo_patient_search_removed() RETURNS trigger LANGUAGE plpgsql AS $body$
    BEGIN
      -- Rebuilding the whole index (rebuildPatientSearch) empties the prefixes itself first.
      IF current_setting('valgo.search_rebuild', true) = 'on' THEN
        RETURN NULL;
      END IF;
      DELETE FROM patient_search_prefixes p
      USING removed r CROSS JOIN LATERAL valgo_search_prefixes(r.names || ' ' || r.guardians || ' ' || r.phones) AS k (prefix)
      WHERE p.prefix = k.prefix AND p.rowid = r.rowid;
      RETURN NULL;
    END $body$`.execute(db);
  // Rows already indexed (none on a new server): their words, then their keys.
  await sql`
    UPDATE patient_search SET names = valgo_search_words(names), guardians = valgo_search_words(guardians),
      phones = valgo_search_words(phones)`.execute(db);
  await sql`
    INSERT INTO patient_search_prefixes (prefix, rowid)
    SELECT k.prefix, s.rowid FROM patient_search s
    CROSS JOIN LATERAL valgo_search_prefixes(s.names || ' ' || s.guardians || ' ' || s.phones) AS k (prefix)`.execute(
    db,
  );
  await sql`
    CREATE TRIGGER patient_search_words BEFORE INSERT OR UPDATE ON patient_search
    FOR EACH ROW EXECUTE FUNCTION valgo_patient_search_words()`.execute(db);
  await sql`
    CREATE TRIGGER patient_search_insert AFTER INSERT ON patient_search
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_added()`.execute(db);
  await sql`
    CREATE TRIGGER patient_search_delete AFTER DELETE ON patient_search
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_removed()`.execute(db);
  // An update is the old keys removed, then the new ones added (a trigger with transition tables
  // serves one event, so two here; triggers on one event fire in name order).
  await sql`
    CREATE TRIGGER patient_search_update_1_remove AFTER UPDATE ON patient_search
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_removed()`.execute(db);
  await sql`
    CREATE TRIGGER patient_search_update_2_add AFTER UPDATE ON patient_search
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_added()`.execute(db);
}
