import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startCore, type Core } from '../../electron/core';
import type { OpenDb } from '../../electron/db/open';
import type { DesktopActions } from '../../electron/desktop-actions';
import { createApi, type Api } from '../../renderer/api';
import type {
  AppInfo,
  Assessment,
  Role,
  Clinician,
  FootAssessment,
  GuardianInput,
  Patient,
} from '../../shared/contract';
import { localToday } from '../../shared/contract';

/*
 * The real main process for renderer tests (architecture §5): the same dispatch and services the
 * app runs, over a migrated SQLite file in a temp folder, behind the same `api` the screens use.
 * Inputs travel as JSON, as they do over IPC and HTTP.
 */

const started: { core: Core; dir: string }[] = [];

export interface RealCore {
  api: Api;
  core: Core;
  /** The core's SQLite database (these cores run on this computer's file, never a server). */
  database: OpenDb;
  /** Calls a channel directly (test set-up through the real services). */
  call: Api['call'];
  /** Every channel the screens called, in order. */
  calls: { channel: string; input: unknown }[];
  /** Inputs of the screens' calls to one channel. */
  callsTo(channel: string): unknown[];
}

export interface RealCoreOptions {
  /** `browser` (the default) or `electron`: what `app:info` answers and which hand-overs main accepts. */
  mode?: AppInfo['mode'];
  /** The desktop app's print, save and open (see desktopDouble); only with mode `electron`. */
  desktop?: DesktopActions;
  /** Who is signed in on the default session (an administrator unless told); `null`: nobody, first run. */
  role?: Role | null;
}

export async function startRealCore(options: RealCoreOptions = {}): Promise<RealCore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'valgo-renderer-'));
  const core = await startCore({
    dataDir: dir,
    mode: options.mode ?? 'browser',
    version: '0.0.0-test',
    ...(options.desktop ? { desktop: options.desktop } : {}),
  });
  started.push({ core, dir });
  await signInAs(core, options.role === undefined ? 'admin' : options.role);
  const calls: RealCore['calls'] = [];
  const api = createApi(async (channel, input) => {
    calls.push({ channel, input: structuredClone(input) });
    return core.dispatch(channel, JSON.parse(JSON.stringify(input ?? {})));
  });
  const direct = createApi((channel, input) => core.dispatch(channel, JSON.parse(JSON.stringify(input ?? {}))));
  if (!core.database) throw new Error('The renderer tests run on an embedded SQLite database.');
  return {
    api,
    core,
    database: core.database,
    call: direct.call.bind(direct) as Api['call'],
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.input),
  };
}

/** The first administrator (first-run set-up), then, for another role, that account signed in instead. */
async function signInAs(core: Core, role: Role | null): Promise<void> {
  if (role === null) return;
  const must = async (channel: string, input: unknown) => {
    const answer = await core.dispatch(channel, input);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  };
  await must('staff:setup', { name: 'Anna Admin', username: 'admin', password: 'admin-password' });
  if (role === 'admin') return;
  await must('staff:create', { name: `Test ${role}`, username: role, role, password: `${role}-password` });
  await must('staff:sign-in', { username: role, password: `${role}-password` });
}

/**
 * The operating system's side of the desktop app's print, save and open: what main handed over,
 * and what the dialogs answer (`confirms = false` is the user pressing Cancel).
 */
export interface DesktopDouble extends DesktopActions {
  confirms: boolean;
  savePath: string;
  handed: { action: 'print' | 'save' | 'open'; fileName: string; bytes: Buffer }[];
}

export function desktopDouble(): DesktopDouble {
  const double: DesktopDouble = {
    confirms: true,
    savePath: '/home/clinic/Documents/booklet.pdf',
    handed: [],
    async printPdf(bytes, fileName) {
      if (!double.confirms) return false;
      double.handed.push({ action: 'print', fileName, bytes });
      return true;
    },
    async savePdf(bytes, fileName) {
      if (!double.confirms) return null;
      double.handed.push({ action: 'save', fileName, bytes });
      return double.savePath;
    },
    async openPdf(bytes, fileName) {
      double.handed.push({ action: 'open', fileName, bytes });
    },
  };
  return double;
}

/** A clinician, through `clinicians:create`. */
export function seedClinician(rc: RealCore, name = 'Dr Irina Volkova', title = 'Pediatric orthopedist') {
  return rc.call('clinicians:create', { name, title, phone: '+7 495 123-45-67', active: true });
}

export interface SeedChild {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  guardians?: Partial<GuardianInput>[];
}

/** A child with one guardian (English unless told otherwise), through `patients:create`. */
export function seedChild(rc: RealCore, child: SeedChild): Promise<Patient> {
  const guardians = (child.guardians ?? [{}]).map((g) => ({
    name: 'Olga Sokolova',
    relationship: 'mother' as const,
    phone: '+7 912 345-67-89',
    email: '',
    preferredLanguage: 'en' as const,
    contactConsent: true,
    ...g,
  }));
  return rc.call('patients:create', {
    firstName: child.firstName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirth,
    sex: 'female',
    notes: '',
    guardians,
  });
}

/** An assessment (both feet degree 1, flexible, unless told), through `assessments:create`. */
export function seedAssessment(
  rc: RealCore,
  patient: Pick<Patient, 'id'>,
  clinician: Pick<Clinician, 'id'>,
  feet: { left?: Partial<FootAssessment>; right?: Partial<FootAssessment> } = {},
  assessedOn = localToday(),
): Promise<Assessment> {
  const foot = (f: Partial<FootAssessment> = {}): FootAssessment => ({
    degree: f.degree ?? 1,
    method: f.method !== undefined ? f.method : (f.degree ?? 1) > 0 ? 'clinical' : null,
    flexible: f.flexible ?? 'yes',
    heelAngle: f.heelAngle ?? null,
  });
  return rc.call('assessments:create', {
    patientId: patient.id,
    clinicianId: clinician.id,
    assessedOn,
    left: foot(feet.left),
    right: foot(feet.right),
    redFlags: [],
    weightKg: null,
    heightCm: null,
    overweight: false,
    notes: '',
  });
}

afterEach(async () => {
  for (const { core, dir } of started.splice(0)) {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Weekly working hours, through `diary:hours:set`: `hours` on each of `weekdays` (every day 09:00-17:00 unless told). */
export function seedHours(
  rc: RealCore,
  clinician: Pick<Clinician, 'id'>,
  hours: [string, string][] = [['09:00', '17:00']],
  weekdays = [1, 2, 3, 4, 5, 6, 7],
) {
  return rc.call('diary:hours:set', {
    clinicianId: clinician.id,
    intervals: weekdays.flatMap((weekday) => hours.map(([start, end]) => ({ weekday, start, end }))),
  });
}

/**
 * Issues the child's booklet as the clinician would (`booklets:issue`, action `download`) from the
 * draft's choices with these plan settings: main stores the plan and its check-ups. Returns the
 * stored schedule (`care-plans:schedule`).
 */
export async function issuePlan(
  rc: RealCore,
  patient: Pick<Patient, 'id'>,
  settings: { startDate: string; courseDays?: number },
) {
  const draft = await rc.call('booklets:draft', { patientId: patient.id });
  await rc.call('booklets:issue', {
    patientId: patient.id,
    assessmentId: draft.assessmentId,
    choices: { ...draft.choices, settings: { ...draft.choices.settings, ...settings } },
    plan: 'new',
    action: 'download',
  });
  const schedule = await rc.call('care-plans:schedule', { patientId: patient.id });
  if (!schedule) throw new Error('booklets:issue stored no plan');
  return schedule;
}
