import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../electron/dispatch';
import { createHandlers } from '../../electron/handlers';
import { AppError } from '../../electron/services/errors';
import { staffGate } from '../../electron/services/staff/gate';
import { Sessions } from '../../electron/services/staff/sessions';
import { freshDb } from './test-db';

const info = { version: '1.2.3', dataDir: '/data', schemaVersion: 1, mode: 'browser' as const };
const validChild = {
  firstName: '  Mia ',
  lastName: 'Novak',
  dateOfBirth: '2021-03-04',
  sex: 'female',
  notes: '',
  guardians: [
    {
      name: 'Anna Novak',
      relationship: 'mother',
      phone: '+385 91 234 5678',
      email: '',
      preferredLanguage: 'en',
      contactConsent: true,
    },
  ],
};

async function realDispatch() {
  const { db, sqlite } = await freshDb();
  return { dispatch: createDispatch(createHandlers({ db, info })), sqlite };
}

describe('dispatch', () => {
  it('parses input, calls the handler and wraps the value', async () => {
    const { dispatch } = await realDispatch();
    const created = await dispatch('patients:create', validChild);
    expect(created).toMatchObject({ ok: true, value: { firstName: 'Mia', lastName: 'Novak' } });
    const found = await dispatch('patients:search', { query: 'mia' });
    expect(found).toMatchObject({ ok: true, value: { items: [{ firstName: 'Mia' }], more: false } });
  });

  it('rejects invalid input with field issues and stores nothing', async () => {
    const { dispatch, sqlite } = await realDispatch();
    const result = await dispatch('patients:create', {
      ...validChild,
      firstName: '   ',
      dateOfBirth: '2999-01-01',
      guardians: [{ ...validChild.guardians[0], name: 'A\u202eB', phone: 'call me' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'firstName', message: 'required' },
        { path: 'dateOfBirth', message: 'dateInFuture' },
        { path: 'guardians.0.name', message: 'forbiddenCharacters' },
        { path: 'guardians.0.phone', message: 'phoneCharacters' },
      ]),
    );
    expect(sqlite.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 0 });
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL, including prototype names', async () => {
    const { dispatch } = await realDispatch();
    expect(await dispatch('patients:drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('passes expected errors through with their code', async () => {
    const { dispatch } = await realDispatch();
    expect(await dispatch('patients:get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const logError = vi.fn();
    const boom = new Error('disk on fire');
    const handlers = {
      'app:info': async () => {
        throw boom;
      },
      'settings:get': async () => {
        throw new AppError('CONFLICT', 'Changed elsewhere');
      },
    } as unknown as Handlers;
    const dispatch = createDispatch(handlers, { logError });
    const result = await dispatch('app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logError).toHaveBeenCalledWith('app:info', boom);
    expect(await dispatch('settings:get', {})).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Changed elsewhere' },
    });
  });
});

describe('dispatch with the staff gate', () => {
  it('calls the recorder for each call and survives a recorder that throws', async () => {
    const { db } = await freshDb();
    const sessions = new Sessions();
    const errors: unknown[] = [];
    const dispatch = createDispatch(createHandlers({ db, info, sessions }), {
      gate: staffGate(sessions),
      onCall: () => {
        throw new Error('recorder down');
      },
      logError: (_channel, error) => errors.push(error),
    });
    expect(await dispatch('app:info', {})).toMatchObject({ ok: true, value: { version: '1.2.3' } });
    expect(errors).toHaveLength(1);
    expect(await dispatch('patients:search', { query: '' })).toMatchObject({ error: { code: 'SIGNED_OUT' } });
  });

  it('signs a session in through the staff channels and keeps other sessions out', async () => {
    const { db } = await freshDb();
    const sessions = new Sessions();
    const dispatch = createDispatch(createHandlers({ db, info, sessions }), { gate: staffGate(sessions) });
    const setup = await dispatch('staff:setup', { name: 'Anna', username: 'anna', password: 'anna-password' }, 'w1');
    expect(setup).toMatchObject({ ok: true, value: { user: { name: 'Anna', role: 'admin' }, locked: false } });
    expect(await dispatch('patients:create', validChild, 'w1')).toMatchObject({ ok: true });
    expect(await dispatch('patients:search', { query: '' }, 'w2')).toMatchObject({ error: { code: 'SIGNED_OUT' } });
    await dispatch('staff:lock', {}, 'w1');
    expect(await dispatch('patients:search', { query: '' }, 'w1')).toMatchObject({ error: { code: 'LOCKED' } });
    expect(await dispatch('staff:unlock', { password: 'anna-password' }, 'w1')).toMatchObject({
      ok: true,
      value: { locked: false },
    });
    expect(await dispatch('patients:search', { query: '' }, 'w1')).toMatchObject({ ok: true });
  });
});
