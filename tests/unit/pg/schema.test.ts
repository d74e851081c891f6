import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, latestSchemaVersion, migratePostgres } from '../../../electron/db/migrate';
import { migrations, type Migration } from '../../../electron/db/migrations';
import { searchPatientRanks } from '../../../electron/services/patients/search';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { closeAll, emptyPgDb, hasRelation, pgSchemaText } from './pg-db';

/*
 * The schema on the practice server's engine: migrations 1..latest on an empty PostgreSQL
 * database, the database-level rules SQLite keeps in the services or in triggers (no double
 * booking, an append-only audit log), and the runner's refusals. One cluster for the file.
 */

let cluster: PgCluster;

beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);

afterEach(closeAll);

afterAll(() => cluster?.stop());

const latest = latestSchemaVersion();

async function migrated() {
  const handle = await emptyPgDb(cluster);
  await migratePostgres(handle.db);
  return handle;
}

describe('PostgreSQL schema', () => {
  it('migrates an empty database to the latest version, recording every step', async () => {
    const { db } = await emptyPgDb(cluster);
    expect(await migratePostgres(db)).toEqual({ from: 0, to: latest });
    const applied = await db.selectFrom('schema_migrations').select(['version', 'name']).orderBy('version').execute();
    expect(applied).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
  });

  it('matches the recorded PostgreSQL schema (update the snapshot only with a new migration)', async () => {
    const { db } = await migrated();
    await expect(await pgSchemaText(db)).toMatchFileSnapshot('../db/__snapshots__/schema.pg.sql');
  });

  it('is a no-op on an up-to-date database', async () => {
    const { db } = await migrated();
    const before = await pgSchemaText(db);
    expect(await migratePostgres(db)).toEqual({ from: latest, to: latest });
    expect(await db.selectFrom('schema_migrations').select('version').execute()).toHaveLength(migrations.length);
    expect(await pgSchemaText(db)).toBe(before);
  });

  it('lets desks starting together take turns: one migrates, the other finds nothing to do', async () => {
    const { db } = await emptyPgDb(cluster);
    const results = await Promise.all([migratePostgres(db), migratePostgres(db)]);
    expect(results).toEqual(
      expect.arrayContaining([
        { from: 0, to: latest },
        { from: latest, to: latest },
      ]),
    );
  });

  it('refuses a database written by a newer version before changing anything', async () => {
    const { db } = await emptyPgDb(cluster);
    await sql`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(
      db,
    );
    for (let v = 1; v <= latest + 1; v++) {
      await db
        .insertInto('schema_migrations')
        .values({ version: v, name: `v${v}`, applied_at: 'x' })
        .execute();
    }
    const refusal = migratePostgres(db);
    await expect(refusal).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(refusal).rejects.toThrow(`schema ${latest + 1}; this version knows up to ${latest}`);
    expect(await hasRelation(db, 'patients')).toBe(false);
    expect(await db.selectFrom('schema_migrations').select('version').execute()).toHaveLength(latest + 1);
  });

  it('runs the pending steps in one transaction: a failing step leaves the database as it was', async () => {
    const { db } = await emptyPgDb(cluster);
    const broken: Migration = {
      version: latest + 1,
      name: 'broken',
      up: async (trx) => void (await sql`CREATE TABLE broken (`.execute(trx)),
    };
    await expect(migratePostgres(db, { migrations: [...migrations, broken] })).rejects.toThrow();
    expect(await hasRelation(db, 'patients')).toBe(false);
    expect(await hasRelation(db, 'schema_migrations')).toBe(false);
  });
});

describe('PostgreSQL database-level rules', () => {
  const at = (hhmm: string) => Date.parse(`2026-12-07T${hhmm}:00Z`);

  async function diary() {
    const handle = await migrated();
    const { db } = handle;
    const now = new Date().toISOString();
    const [anna, boris] = await db
      .insertInto('clinicians')
      .values([
        { name: 'Anna', title: 'Podiatrist', phone: '', active: 1, created_at: now },
        { name: 'Boris', title: 'Podiatrist', phone: '', active: 1, created_at: now },
      ])
      .returning('id')
      .execute();
    const child = await db
      .insertInto('patients')
      .values({
        first_name: 'Mia',
        last_name: 'Novak',
        date_of_birth: '2020-05-01',
        sex: 'female',
        sort_key: 'novak mia 1',
        sort_rank: 1024,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const type = await db
      .selectFrom('appointment_types')
      .select('id')
      .where('code', '=', 'follow_up')
      .executeTakeFirstOrThrow();
    const book = (
      clinicianId: number,
      from: string,
      to: string,
      status: 'booked' | 'attended' | 'no_show' | 'cancelled' = 'booked',
    ) =>
      db
        .insertInto('appointments')
        .values({
          clinician_id: clinicianId,
          patient_id: child.id,
          type_id: type.id,
          starts_at: at(from),
          ends_at: at(to),
          status,
          recall_id: null,
          plan_reason: null,
          plan_ref: null,
          note: '',
          cancel_reason: '',
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'starts_at', 'ends_at'])
        .executeTakeFirstOrThrow();
    return { db, anna: anna!.id, boris: boris!.id, book };
  }

  it('refuses two overlapping visits of one clinician (SQLSTATE 23P01)', async () => {
    const { anna, book } = await diary();
    const first = await book(anna, '09:00', '09:30');
    // Epoch milliseconds come back as numbers, as on SQLite.
    expect(first).toEqual({ id: expect.any(Number), starts_at: at('09:00'), ends_at: at('09:30') });
    await expect(book(anna, '09:15', '09:45')).rejects.toMatchObject({ code: '23P01' });
    await expect(book(anna, '08:45', '10:00', 'attended')).rejects.toMatchObject({ code: '23P01' });
  });

  it('allows the overlap for two clinicians, back-to-back visits, and cancelled or missed ones', async () => {
    const { db, anna, boris, book } = await diary();
    await book(anna, '09:00', '09:30');
    await book(boris, '09:15', '09:45');
    await book(anna, '09:30', '10:00');
    const cancelled = await book(anna, '09:10', '09:40', 'cancelled');
    await book(anna, '09:05', '09:25', 'no_show');
    // Taking a cancelled visit back is a new claim on the slot: refused while it is taken.
    await expect(
      db.updateTable('appointments').set({ status: 'booked' }).where('id', '=', cancelled.id).execute(),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('keeps the audit log append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const { db } = await migrated();
    await db
      .insertInto('audit_log')
      .values({
        id: 1,
        at: '2026-12-07T09:00:00.000Z',
        user_id: null,
        user_name: null,
        user_role: null,
        channel: 'patients:get',
        action: 'read',
        patient_id: 1,
        record_kind: null,
        record_id: null,
        outcome: 'ok',
        prev_hash: '0'.repeat(64),
        hash: 'a'.repeat(64),
      })
      .execute();
    await expect(db.updateTable('audit_log').set({ outcome: 'error' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect(await db.selectFrom('audit_log').select(['id', 'outcome']).execute()).toEqual([{ id: 1, outcome: 'ok' }]);
  });

  it('translates the CHECK constraints: a malformed date, phone or JSON is refused (SQLSTATE 23514)', async () => {
    const { db } = await migrated();
    const now = new Date().toISOString();
    const child = {
      first_name: 'Mia',
      last_name: 'Novak',
      date_of_birth: '2020-05-01',
      sex: 'female' as const,
      sort_key: 'k',
      sort_rank: 1,
      created_at: now,
      updated_at: now,
    };
    await expect(
      db
        .insertInto('patients')
        .values({ ...child, date_of_birth: '2020-5-1' })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
    const { id } = await db.insertInto('patients').values(child).returning('id').executeTakeFirstOrThrow();
    const guardian = { patient_id: id, position: 0, name: 'Anna', phone: '+44 20 7946 0000' };
    await expect(
      db
        .insertInto('guardians')
        .values({ ...guardian, phone_e164: '442079460000' })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
    await db
      .insertInto('guardians')
      .values({ ...guardian, phone_e164: '+442079460000' })
      .execute();
    const plan = {
      patient_id: id,
      mode: 'new' as const,
      current: 1,
      kind: 'full' as const,
      start_date: '2026-12-07',
      engine_version: 1,
      choices: '{"a":1}',
      plan: '{not json',
      created_at: now,
      assessment_id: null,
      clinician_id: null,
      previous_id: null,
      end_date: null,
      superseded_at: null,
    };
    await expect(db.insertInto('care_plans').values(plan).execute()).rejects.toMatchObject({ code: '23514' });
    await db
      .insertInto('care_plans')
      .values({ ...plan, plan: '{"b":[1,2]}' })
      .execute();
    expect(await db.selectFrom('care_plans').select(['choices', 'plan']).execute()).toEqual([
      { choices: '{"a":1}', plan: '{"b":[1,2]}' },
    ]);
  });

  it('stores the search index so that the prefix query finds folded names and numbers', async () => {
    const { db } = await migrated();
    // The same INSERT the services run on SQLite (rowid = sort rank, text folded by searchDocument).
    await sql`INSERT INTO patient_search (rowid, names, guardians, phones)
      VALUES (20, 'zoe елкина', 'anna', '79123456789 9123456789'), (10, 'mia novak', 'olga', '442079460000')`.execute(
      db,
    );
    // Migration 12: the prefix index (electron/services/patients/search-postgres.ts).
    const find = (query: string) => searchPatientRanks(db, query, 50, 'GB');
    expect(await find('Zoë ЁЛК')).toEqual([20]);
    expect(await find('912')).toEqual([20]);
    expect(await find('nov olg')).toEqual([10]);
    expect(await find('novak anna')).toEqual([]);
  });
});
