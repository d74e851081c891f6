import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { openPostgres, type OpenPostgres } from '../../../electron/db/engine';
import type { Database } from '../../../electron/db/schema';
import type { PgCluster } from '../../support/pg-cluster';

/*
 * Databases on a test file's throwaway cluster: each test gets its own empty database (CREATE
 * DATABASE is cheap) and every pool opened here is closed by `closeAll`.
 */

const opened: OpenPostgres[] = [];
let counter = 0;

/** A new, empty database on `cluster`, opened through openPostgres (the app's type parsers). */
export async function emptyPgDb(cluster: PgCluster): Promise<OpenPostgres> {
  const name = `valgo_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  const handle = openPostgres({ connectionString: url.toString(), max: 4 });
  opened.push(handle);
  return handle;
}

export async function closeAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((h) => h.close()));
}

/** `relation` exists in the public schema. */
export async function hasRelation(db: Kysely<Database>, relation: string): Promise<boolean> {
  const { rows } = await sql<{ r: string | null }>`SELECT to_regclass(${`public.${relation}`})::text AS r`.execute(db);
  return rows[0]?.r != null;
}

const oneLine = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The public schema as stable text: extensions, columns, constraints, indexes, triggers and the
 * schema's own functions (not the extensions' members), each sorted by name.
 */
export async function pgSchemaText(db: Kysely<Database>): Promise<string> {
  const extensions = await sql<{ extname: string }>`
    SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`.execute(db);
  const columns = await sql<Record<string, string | null>>`
    SELECT table_name, column_name, data_type, is_nullable, column_default, identity_generation,
      generation_expression, collation_name
    FROM information_schema.columns WHERE table_schema = 'public'
    ORDER BY table_name, ordinal_position`.execute(db);
  const constraints = await sql<{ rel: string; conname: string; def: string }>`
    SELECT conrelid::regclass::text AS rel, conname, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
    ORDER BY rel, conname`.execute(db);
  const indexes = await sql<{ indexname: string; indexdef: string }>`
    SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`.execute(db);
  const triggers = await sql<{ def: string }>`
    SELECT pg_get_triggerdef(t.oid) AS def FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace
    ORDER BY c.relname, t.tgname`.execute(db);
  const functions = await sql<{ def: string }>`
    SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
    ORDER BY p.proname`.execute(db);

  const lines: string[] = [];
  lines.push(`-- extensions\n${extensions.rows.map((r) => r.extname).join('\n')}`);
  let table = '';
  for (const c of columns.rows) {
    if (c.table_name !== table) {
      table = c.table_name!;
      lines.push(`\n-- table ${table}`);
    }
    const parts = [c.column_name, c.data_type, c.is_nullable === 'NO' ? 'NOT NULL' : 'NULL'];
    if (c.collation_name) parts.push(`COLLATE ${c.collation_name}`);
    if (c.column_default) parts.push(`DEFAULT ${c.column_default}`);
    if (c.identity_generation) parts.push(`IDENTITY ${c.identity_generation}`);
    if (c.generation_expression) parts.push(`GENERATED ${oneLine(c.generation_expression)}`);
    lines.push(parts.join(' '));
  }
  lines.push('\n-- constraints');
  for (const c of constraints.rows) lines.push(`${c.rel}.${c.conname}: ${oneLine(c.def)}`);
  lines.push('\n-- indexes');
  for (const i of indexes.rows) lines.push(`${i.indexname}: ${oneLine(i.indexdef)}`);
  lines.push('\n-- triggers');
  for (const t of triggers.rows) lines.push(oneLine(t.def));
  lines.push('\n-- functions');
  for (const f of functions.rows) lines.push(oneLine(f.def));
  return `${lines.join('\n')}\n`;
}
