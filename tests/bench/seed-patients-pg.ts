import { sql, type Kysely } from 'kysely';
import type { Database } from '../../electron/db/schema';
import { patientSortKey, RANK_GAP } from '../../electron/services/patients/order';
import { postgresDocument, searchDocument } from '../../electron/services/patients/search';
import type { SeededChild } from './seed-patients';

/*
 * seedPatients (seed-patients.ts) for a migrated PostgreSQL database: the same rows (ids 1..n in
 * the order given, the same sort keys, ranks and search documents), written with multi-row
 * INSERTs. The prefix index's primary key is dropped while loading and built once at the end.
 */

const BATCH = 1000;

async function insertRows(db: Kysely<Database>, head: string, rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map((r) => sql`(${sql.join(r)})`);
    await sql`${sql.raw(head)} VALUES ${sql.join(values)}`.execute(db);
  }
}

export async function seedPatientsPg(db: Kysely<Database>, children: readonly SeededChild[]): Promise<void> {
  const now = new Date().toISOString();
  const placed = children.map((c, i) => ({ id: i + 1, i, key: patientSortKey(c.lastName, c.firstName, i + 1), c }));
  placed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rank = new Map(placed.map((p, i) => [p.id, (i + 1) * RANK_GAP]));
  const dob = (i: number) =>
    `${2009 + (i % 17)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

  await sql`ALTER TABLE patient_search_prefixes DROP CONSTRAINT patient_search_prefixes_pkey`.execute(db);
  await insertRows(
    db,
    'INSERT INTO patients (id, first_name, last_name, date_of_birth, sex, sort_key, sort_rank, created_at, updated_at)',
    placed.map((p) => [
      p.id,
      p.c.firstName,
      p.c.lastName,
      dob(p.i),
      p.i % 2 ? 'male' : 'female',
      p.key,
      rank.get(p.id)!,
      now,
      now,
    ]),
  );
  await sql`SELECT setval(pg_get_serial_sequence('patients', 'id'), ${children.length})`.execute(db);
  await insertRows(
    db,
    'INSERT INTO guardians (patient_id, position, name, phone, phone_digits)',
    placed.map((p) => [p.id, 0, p.c.guardianName, p.c.phone, p.c.phone.replace(/\D/g, '')]),
  );
  await insertRows(
    db,
    'INSERT INTO patient_search (rowid, names, guardians, phones)',
    placed.map((p) => {
      const doc = postgresDocument(
        searchDocument(p.c.firstName, p.c.lastName, [{ name: p.c.guardianName, phone: p.c.phone }]),
      );
      return [rank.get(p.id)!, doc.names, doc.guardians, doc.phones];
    }),
  );
  await sql`ALTER TABLE patient_search_prefixes ADD PRIMARY KEY (prefix, rowid)`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db); // as autovacuum would: planner statistics and the visibility map
}
