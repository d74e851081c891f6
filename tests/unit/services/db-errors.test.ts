import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { databaseRefusal } from '../../../electron/services/db-errors';
import { createPatient } from '../../../electron/services/patients/patients';
import { serviceDb } from '../test-db';
import { child } from './child-fixture';

/*
 * The engine's own refusals, raised for real: on PostgreSQL (a race between desks) they become
 * the codes the services give the same case; SQLite's stay as they were (internal errors).
 */

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected the database to refuse');
    },
    (error: unknown) => error,
  );

describe('database refusals', () => {
  it('turns a unique or foreign-key refusal into CONFLICT or NOT_FOUND on PostgreSQL only', async () => {
    const { db, engine } = await serviceDb();
    const mia = await createPatient(db, child('Mia', 'Novak'));
    const row = await db.selectFrom('patients').selectAll().where('id', '=', mia.id).executeTakeFirstOrThrow();
    const duplicate = await failureOf(db.insertInto('patients').values(row).execute());
    const orphan = await failureOf(
      db
        .insertInto('guardians')
        .values({ patient_id: 9999, position: 0, name: 'Anna', phone: '', email: '', relationship: 'mother' })
        .execute(),
    );
    if (engine === 'postgres') {
      expect(databaseRefusal(duplicate)).toMatchObject({ code: 'CONFLICT' });
      expect(databaseRefusal(orphan)).toMatchObject({ code: 'NOT_FOUND' });
    } else {
      expect(databaseRefusal(duplicate)).toBeNull();
      expect(databaseRefusal(orphan)).toBeNull();
    }
    expect(databaseRefusal(new Error('plain'))).toBeNull();
    expect(databaseRefusal(null)).toBeNull();
  });

  it('answers such a refusal through the dispatcher as that code, not as an internal error', async () => {
    const { db, engine } = await serviceDb();
    const mia = await createPatient(db, child('Mia', 'Novak'));
    const row = await db.selectFrom('patients').selectAll().where('id', '=', mia.id).executeTakeFirstOrThrow();
    const logged: unknown[] = [];
    const handlers = createHandlers({ db, info: { version: 't', dataDir: '/d', schemaVersion: 1, mode: 'browser' } });
    // A write that lost a race: the real engine's refusal of a row another desk just saved.
    handlers['clinicians:list'] = () =>
      db
        .insertInto('patients')
        .values(row)
        .execute()
        .then(() => []);
    const dispatch = createDispatch(handlers, { logError: (_c, e) => logged.push(e) });
    const answer = await dispatch('clinicians:list', {});
    expect(answer).toMatchObject({ ok: false, error: { code: engine === 'postgres' ? 'CONFLICT' : 'INTERNAL' } });
    expect(logged).toHaveLength(engine === 'postgres' ? 0 : 1);
  });
});
