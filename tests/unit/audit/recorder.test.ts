import { describe, expect, it } from 'vitest';
import type { AppInfo, StaffUser } from '../../../shared/contract';
import { createDispatch, type SessionGate } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import { listAudit, verifyAudit } from '../../../electron/services/audit/audit';
import { auditEntryFor, createAuditRecorder, type AuditCallEvent } from '../../../electron/services/audit/recorder';
import { serviceDb } from '../test-db';
import { child } from '../services/child-fixture';
import { assessment } from '../services/assessment-fixture';

const admin: StaffUser = { id: 1, name: 'Olga Admin', role: 'admin' };
const desk: StaffUser = { id: 2, name: 'Front Desk', role: 'receptionist' };
const at = '2027-01-04T09:00:00.000Z';
const call = (channel: string, input: unknown, extra: Partial<AuditCallEvent> = {}): AuditCallEvent => ({
  channel,
  input,
  user: admin,
  outcome: 'ok',
  at,
  ...extra,
});

describe('audit recorder rules', () => {
  it('maps a call to a read or a change of one child and record, from its input or output', () => {
    expect(auditEntryFor(call('patients:record', { id: 7 }))).toEqual({
      at,
      userId: 1,
      userName: 'Olga Admin',
      userRole: 'admin',
      channel: 'patients:record',
      action: 'read',
      patientId: 7,
      recordKind: 'patient',
      recordId: 7,
      outcome: 'ok',
    });
    expect(auditEntryFor(call('patients:create', {}, { output: { id: 12 } }))).toMatchObject({
      action: 'change',
      patientId: 12,
    });
    expect(
      auditEntryFor(call('assessments:update', { id: 4, assessment: { patientId: 9 } }, { output: { id: 4 } })),
    ).toMatchObject({ action: 'change', patientId: 9, recordKind: 'assessment', recordId: 4 });
    expect(
      auditEntryFor(
        call('appointments:set-status', { id: 31 }, { output: { appointment: { id: 31, patient: { id: 5 } } } }),
      ),
    ).toMatchObject({ action: 'change', patientId: 5, recordKind: 'appointment', recordId: 31 });
    expect(
      auditEntryFor(call('booklets:reprint', { id: 3 }, { output: { booklet: { id: 3, patientId: 8 } } })),
    ).toMatchObject({ action: 'read', patientId: 8, recordKind: 'booklet', recordId: 3 });
  });

  it('skips lists and searches, but logs a role that was refused; ignores calls made while signed out', () => {
    expect(auditEntryFor(call('patients:search', { query: 'mia' }))).toBeNull();
    expect(auditEntryFor(call('appointments:range', {}))).toBeNull();
    expect(auditEntryFor(call('audit:list', {}, { user: desk, outcome: 'denied' }))).toMatchObject({
      userId: 2,
      userRole: 'receptionist',
      action: 'other',
      outcome: 'denied',
    });
    expect(auditEntryFor(call('patients:search', {}, { user: null, outcome: 'denied' }))).toBeNull();
    expect(auditEntryFor(call('not:a-channel', {}))).toBeNull();
  });

  it('reads an id only where it is a whole number: refused raw input leaves the child blank', () => {
    expect(auditEntryFor(call('patients:record', { id: 'DROP TABLE' }, { outcome: 'refused' }))).toMatchObject({
      patientId: null,
      outcome: 'refused',
    });
    expect(auditEntryFor(call('patients:record', null, { outcome: 'refused' }))).toMatchObject({ patientId: null });
  });

  it('takes the user of a sign-in from its answer; leaves a successful erase to the erase service', () => {
    expect(
      auditEntryFor(
        call('staff:sign-in', {}, { user: null, output: { user: { id: 3, name: 'Dr A', role: 'clinician' } } }),
      ),
    ).toMatchObject({ action: 'sign-in', userId: 3, userRole: 'clinician', recordKind: 'staff', recordId: 3 });
    expect(auditEntryFor(call('patients:erase', { id: 4, confirmName: 'x' }))).toBeNull();
    expect(auditEntryFor(call('patients:erase', { id: 4 }, { outcome: 'refused' }))).toMatchObject({
      action: 'erase',
      patientId: 4,
      outcome: 'refused',
    });
  });
});

describe('audit recorder behind dispatch', () => {
  it('logs the real calls in order with ids only; the chain verifies', async () => {
    const { db } = await serviceDb();
    const info: AppInfo = { version: 'test', dataDir: ':memory:', schemaVersion: 0, mode: 'browser' };
    let user: StaffUser = admin;
    const gate: SessionGate = { resolve: () => ({ user, locked: false }), redact: (_c, _u, output) => output };
    const recorder = createAuditRecorder(db);
    const dispatch = createDispatch(createHandlers({ db, info }), { gate, onCall: recorder });

    const created = await dispatch('patients:create', child('Mia', 'Novak', { notes: 'Private note' }));
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.value as { id: number }).id;
    expect((await dispatch('patients:search', { query: 'Novak' })).ok).toBe(true);
    expect((await dispatch('patients:record', { id })).ok).toBe(true);
    // A clinician that does not exist: refused, and still logged.
    expect((await dispatch('assessments:create', assessment(id, 999))).ok).toBe(false);
    user = desk;
    expect(await dispatch('audit:verify', {})).toMatchObject({ ok: false, error: { code: 'DENIED' } });
    await recorder.flush();

    const { items, total } = await listAudit(db, { offset: 0, limit: 50 });
    expect(total).toBe(4);
    expect(items.reverse().map((e) => [e.channel, e.action, e.patientId, e.outcome, e.userRole])).toEqual([
      ['patients:create', 'change', id, 'ok', 'admin'],
      ['patients:record', 'read', id, 'ok', 'admin'],
      ['assessments:create', 'change', id, 'refused', 'admin'],
      ['audit:verify', 'read', null, 'denied', 'receptionist'],
    ]);
    const stored = JSON.stringify(await db.selectFrom('audit_log').selectAll().execute());
    expect(stored).not.toMatch(/Mia|Novak|Private/);
    expect(await verifyAudit(db)).toEqual({ ok: true, entries: 4 });
  });
});
