// SQLite only (unit-pg excludes it): starts the whole core on a SQLite data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../../../electron/core';
import { channelNames, contract, localToday, type Channel } from '../../../shared/contract';

/*
 * A receptionist calls every channel their role allows, on a database holding a child with
 * clinical notes, an assessment and an issued booklet: no answer carries the notes, the
 * assessment or the plan's choices. Real core, real services, real SQLite file.
 */

const cores: { core: Core; dir: string }[] = [];
afterEach(async () => {
  for (const { core, dir } of cores.splice(0)) {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

async function must<T = Record<string, unknown>>(core: Core, channel: string, input: unknown, session = 'admin') {
  const answer = await core.dispatch(channel, input, session);
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

const NOTE = 'Clinical-secret-note';
const EXAM_NOTE = 'Assessment-secret-note';

async function seeded() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-staff-'));
  const core = await startCore({ dataDir: dir, mode: 'browser', version: '0.0.0-test' });
  cores.push({ core, dir });
  await must(core, 'staff:setup', { name: 'Anna', username: 'anna', password: 'anna-password' });
  await must(core, 'staff:create', { name: 'Desk', username: 'desk', role: 'receptionist', password: 'desk-password' });
  const clinician = await must<{ id: number }>(core, 'clinicians:create', {
    name: 'Dr Volkova',
    title: 'Orthopedist',
    phone: '+7 495 123-45-67',
    active: true,
  });
  const guardian = {
    name: 'Olga',
    relationship: 'mother',
    phone: '+7 912 345-67-89',
    email: '',
    preferredLanguage: 'en',
    contactConsent: true,
  };
  const child = await must<{ id: number }>(core, 'patients:create', {
    firstName: 'Mia',
    lastName: 'Sokolova',
    dateOfBirth: '2020-05-01',
    sex: 'female',
    notes: NOTE,
    guardians: [guardian],
  });
  const foot = { degree: 1, method: 'clinical', flexible: 'yes', heelAngle: 7 };
  await must(core, 'assessments:create', {
    patientId: child.id,
    clinicianId: clinician.id,
    assessedOn: localToday(),
    left: foot,
    right: foot,
    redFlags: [],
    weightKg: null,
    heightCm: null,
    overweight: false,
    notes: EXAM_NOTE,
  });
  const draft = await must<{ assessmentId: number; choices: unknown }>(core, 'booklets:draft', { patientId: child.id });
  const issued = await must<{ booklet: { id: number } }>(core, 'booklets:issue', {
    patientId: child.id,
    assessmentId: draft.assessmentId,
    choices: draft.choices,
    plan: 'new',
    action: 'download',
  });
  await must(core, 'staff:sign-in', { username: 'desk', password: 'desk-password' }, 'desk');
  return { core, child, guardian, bookletId: issued.booklet.id };
}

describe('what a receptionist receives', () => {
  it('never carries notes, assessments or plan choices, on any channel the role may call', async () => {
    const { core, child, guardian, bookletId } = await seeded();
    const today = localToday();
    const candidates = [
      { id: child.id },
      { patientId: child.id },
      { query: 'Mia' },
      { id: bookletId, action: 'download' },
      { from: today, to: today },
      { firstName: 'Mia', lastName: 'Sokolova', dateOfBirth: '2020-05-01', phones: [] },
      {},
    ];
    const called: Channel[] = [];
    for (const channel of channelNames) {
      const access = contract[channel].access;
      if (access === 'anyone' || !access.includes('receptionist') || channel.startsWith('staff:')) continue;
      const input = candidates.find((c) => contract[channel].input.safeParse(c).success);
      if (!input) continue;
      const answer = await core.dispatch(channel, input, 'desk');
      if (!answer.ok) continue;
      called.push(channel);
      const text = JSON.stringify(answer.value);
      expect(text, channel).not.toContain(NOTE);
      expect(text, channel).not.toContain(EXAM_NOTE);
      expect(text, channel).not.toMatch(/"(heelAngle|redFlags|choices|stepNotes|specialistNotes|overrides)"/);
    }
    expect(called).toEqual(
      expect.arrayContaining([
        'patients:get',
        'patients:record',
        'patients:search',
        'booklets:list',
        'booklets:reprint',
        'care-plans:schedule',
        'appointments:patient',
      ]),
    );
    const record = await core.dispatch('patients:record', { id: child.id }, 'desk');
    expect(record).toMatchObject({ ok: true, value: { patient: { notes: '', firstName: 'Mia' }, assessments: [] } });
    // The same record, to the administrator, keeps both.
    const full = await must<{ patient: { notes: string }; assessments: unknown[] }>(core, 'patients:record', {
      id: child.id,
    });
    expect(full.patient.notes).toBe(NOTE);
    expect(full.assessments).toHaveLength(1);
    // A receptionist's edit of the contacts keeps the notes they never saw.
    await must(
      core,
      'patients:update',
      {
        id: child.id,
        version: record.ok ? (record.value as { patient: { version: number } }).patient.version : 0,
        patient: {
          firstName: 'Mia',
          lastName: 'Sokolova',
          dateOfBirth: '2020-05-01',
          sex: 'female',
          notes: '',
          guardians: [{ ...guardian, phone: '+7 912 000-00-00' }],
        },
      },
      'desk',
    );
    const after = await must<{ patient: { notes: string; guardians: { phone: string }[] } }>(core, 'patients:record', {
      id: child.id,
    });
    expect(after.patient.notes).toBe(NOTE);
    expect(after.patient.guardians[0]!.phone).toBe('+7 912 000-00-00');
  });

  it('refuses the clinical channels to a receptionist without running them', async () => {
    const { core, child } = await seeded();
    for (const channel of ['assessments:list', 'care-plans:current', 'patients:export', 'adherence:summary']) {
      expect(await core.dispatch(channel, { patientId: child.id }, 'desk'), channel).toMatchObject({
        ok: false,
        error: { code: 'DENIED' },
      });
    }
    expect(await core.dispatch('patients:search', { query: '' }, 'stranger')).toMatchObject({
      ok: false,
      error: { code: 'SIGNED_OUT' },
    });
  });
});
