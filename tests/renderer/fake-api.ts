import { createApi, type Api, type Transport } from '../../renderer/api';
import { FakeDiary } from './fake-diary';
import {
  contract,
  DEFAULT_SETTINGS,
  isChannel,
  localToday,
  toValidationIssues,
  type AppInfo,
  type Assessment,
  type AssessmentInput,
  type AssessmentRevision,
  type CallError,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ChannelParsedInput,
  type Clinician,
  type DuplicateMatch,
  type Envelope,
  type FootAssessment,
  type GuardianInput,
  type Patient,
  type PatientSummary,
  type Settings,
} from '../../shared/contract';

/*
 * An in-memory Valgo for renderer tests: the same contract schemas parse every input (so invalid
 * input fails with VALIDATION like main), every call is recorded, and a test can make a call
 * fail or answer late.
 */

// Typed against the contract; channels no screen uses yet are left out (they answer INTERNAL).
type Handlers = Partial<{ [C in Channel]: (input: ChannelParsedInput<C>) => Promise<ChannelOutput<C>> }>;

export interface SeedChild {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex?: 'female' | 'male';
  /** Shorthand for a single main contact. */
  guardianName?: string;
  guardianPhone?: string;
  /** Full guardians (main contact first); wins over the shorthand. */
  guardians?: Partial<GuardianInput>[];
  notes?: string;
  archived?: boolean;
}

export interface SeedClinician {
  name: string;
  title?: string;
  phone?: string;
  active?: boolean;
}

export type SeedFoot = Partial<FootAssessment>;

export interface SeedAssessment extends Partial<Omit<AssessmentInput, 'left' | 'right'>> {
  patientId: number;
  left?: SeedFoot;
  right?: SeedFoot;
}

export interface FakeOptions {
  children?: SeedChild[];
  clinicians?: SeedClinician[];
  assessments?: SeedAssessment[];
  settings?: Partial<Settings>;
  info?: Partial<AppInfo>;
}

export interface RecordedCall {
  channel: Channel;
  input: unknown;
}

const STAMP = '2025-01-01T00:00:00.000Z';

export class FakeValgo {
  readonly api: Api;
  readonly patients: Patient[] = [];
  readonly clinicians: Clinician[] = [];
  readonly assessments: Assessment[] = [];
  /** Earlier states per assessment id, oldest first. */
  readonly revisions = new Map<number, AssessmentRevision[]>();
  settings: Settings;
  info: AppInfo;
  readonly calls: RecordedCall[] = [];
  /** The diary set-up, bookings and front-desk print channels (fake-diary.ts); not the plan or recall ones. */
  readonly diary = new FakeDiary(this);
  /** Calls answered so far, in the order their answers went out. */
  readonly answered: RecordedCall[] = [];
  private failures = new Map<Channel, CallError[]>();
  /** A call for which this returns a promise is answered only once the promise resolves. */
  hold: (channel: Channel, input: unknown) => Promise<void> | null = () => null;
  private nextId = 1;
  private nextGuardianId = 1;
  private nextClinicianId = 1;
  private nextAssessmentId = 1;
  /** A clock that moves a minute per write, so edits get distinct times. */
  private tick = 0;

  constructor(options: FakeOptions = {}) {
    this.settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.info = {
      version: '0.1.0',
      dataDir: '/home/clinic/Valgo',
      schemaVersion: 2,
      mode: 'electron',
      ...options.info,
    };
    for (const child of options.children ?? []) this.add(child);
    for (const clinician of options.clinicians ?? []) this.addClinician(clinician);
    for (const assessment of options.assessments ?? []) this.addAssessment(assessment);
    this.api = createApi(this.transport);
  }

  private now(): string {
    this.tick += 1;
    return new Date(Date.UTC(2025, 5, 1, 9, this.tick)).toISOString();
  }

  /** Adds a child directly (no call recorded) and returns it. */
  add(child: SeedChild): Patient {
    const guardians = (
      child.guardians ?? [{ name: child.guardianName ?? 'Guardian', phone: child.guardianPhone ?? '+7 900 000-00-00' }]
    ).map((g) => ({
      id: this.nextGuardianId++,
      name: g.name ?? 'Guardian',
      relationship: g.relationship ?? 'mother',
      phone: g.phone ?? '',
      email: g.email ?? '',
      preferredLanguage: g.preferredLanguage ?? 'en',
      contactConsent: g.contactConsent ?? true,
    }));
    const patient: Patient = {
      id: this.nextId++,
      firstName: child.firstName,
      lastName: child.lastName,
      dateOfBirth: child.dateOfBirth,
      sex: child.sex ?? 'female',
      notes: child.notes ?? '',
      guardians,
      archivedAt: child.archived ? STAMP : null,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    this.patients.push(patient);
    return patient;
  }

  addClinician(seed: SeedClinician): Clinician {
    const clinician: Clinician = {
      id: this.nextClinicianId++,
      name: seed.name,
      title: seed.title ?? 'Podiatrist',
      phone: seed.phone ?? '',
      active: seed.active ?? true,
    };
    this.clinicians.push(clinician);
    return clinician;
  }

  /** Adds an assessment directly: both feet degree 1 by clinical examination unless told otherwise. */
  addAssessment(seed: SeedAssessment): Assessment {
    const foot = (f: SeedFoot = {}): FootAssessment => ({
      degree: f.degree ?? 1,
      method: f.method !== undefined ? f.method : (f.degree ?? 1) > 0 ? 'clinical' : null,
      flexible: f.flexible ?? 'yes',
      heelAngle: f.heelAngle ?? null,
    });
    const input: AssessmentInput = {
      clinicianId: this.clinicians[0]?.id ?? 1,
      assessedOn: localToday(),
      redFlags: [],
      weightKg: null,
      heightCm: null,
      overweight: false,
      notes: '',
      ...seed,
      left: foot(seed.left),
      right: foot(seed.right),
    };
    return this.storeAssessment(input);
  }

  /** Changes an assessment directly, keeping the earlier state as a revision like main does. */
  editAssessment(id: number, patch: Partial<AssessmentInput>): Assessment {
    const current = this.assessments.find((a) => a.id === id)!;
    return this.replaceAssessment(current, { ...inputOf(current), ...patch });
  }

  /** The next call on `channel` answers with this error instead. */
  failNext(channel: Channel, error: CallError): void {
    this.failures.set(channel, [...(this.failures.get(channel) ?? []), error]);
  }

  /** Inputs of the recorded calls to one channel. */
  callsTo<C extends Channel>(channel: C): ChannelInput<C>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<C>);
  }

  private transport: Transport = async (channel, input) => {
    const call = { channel, input: structuredClone(input) };
    this.calls.push(call);
    await this.hold(channel, input);
    const answer = await this.dispatch(channel, input);
    this.answered.push(call);
    return answer;
  };

  private async dispatch(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (!isChannel(channel)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } };
    const failure = this.failures.get(channel)?.shift();
    if (failure) return { ok: false, error: failure };
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'VALIDATION', message: 'Some fields need attention.', issues: toValidationIssues(parsed.error) },
      };
    }
    const handler = this.handlers[channel] as ((input: unknown) => Promise<unknown>) | undefined;
    if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `${channel} is not in the fake yet` } };
    try {
      return { ok: true, value: structuredClone(await handler(parsed.data)) };
    } catch (error) {
      return { ok: false, error: error as CallError };
    }
  }

  private find(id: number): Patient {
    const patient = this.patients.find((p) => p.id === id);
    if (!patient) throw { code: 'NOT_FOUND', message: 'This child was not found.' } satisfies CallError;
    return patient;
  }

  private clinicianName(id: number): string {
    const clinician = this.clinicians.find((c) => c.id === id);
    if (!clinician) throw { code: 'NOT_FOUND', message: 'The chosen clinician was not found.' } satisfies CallError;
    return clinician.name;
  }

  private storeAssessment(input: AssessmentInput): Assessment {
    const stamp = this.now();
    const assessment: Assessment = {
      ...structuredClone(input),
      id: this.nextAssessmentId++,
      clinicianName: this.clinicianName(input.clinicianId),
      createdAt: stamp,
      updatedAt: stamp,
      revisions: 0,
    };
    this.assessments.push(assessment);
    return assessment;
  }

  private replaceAssessment(current: Assessment, input: AssessmentInput): Assessment {
    const history = this.revisions.get(current.id) ?? [];
    const stamp = this.now();
    history.push({ revision: history.length + 1, replacedAt: stamp, data: inputOf(current) });
    this.revisions.set(current.id, history);
    Object.assign(current, structuredClone(input), {
      clinicianName: this.clinicianName(input.clinicianId),
      updatedAt: stamp,
      revisions: history.length,
    });
    return current;
  }

  /** A child's assessments, newest visit first (same day: latest recorded first). */
  private assessmentsOf(patientId: number): Assessment[] {
    return this.assessments
      .filter((a) => a.patientId === patientId)
      .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.id - a.id);
  }

  private handlers: Handlers = {
    ...this.diary.handlers,
    'patients:search': async ({ query, limit }) => {
      const matches = this.patients
        .filter((p) => (query.trim() === '' ? p.archivedAt === null : matches_(p, query)))
        .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
      return { items: matches.slice(0, limit).map(summary), more: matches.length > limit };
    },
    'patients:get': async ({ id }) => this.find(id),
    'patients:record': async ({ id }) => ({ patient: this.find(id), assessments: this.assessmentsOf(id) }),
    'patients:create': async (input) => this.add(input),
    'patients:update': async ({ id, patient: input }) => {
      const patient = this.find(id);
      const guardians = input.guardians.map((g) => ({ ...g, id: this.nextGuardianId++ }));
      Object.assign(patient, { ...input, guardians, updatedAt: this.now() });
      return patient;
    },
    'patients:archive': async ({ id, archived }) => {
      const patient = this.find(id);
      patient.archivedAt = archived ? (patient.archivedAt ?? this.now()) : null;
      patient.updatedAt = this.now();
      return patient;
    },
    'patients:duplicates': async ({ firstName, lastName, dateOfBirth, phones, excludeId }) => {
      const fold = (s: string) => s.trim().toLowerCase();
      const digits = phones.map((p) => p.replace(/\D/g, '')).filter((d) => d.length >= 6);
      const found: DuplicateMatch[] = [];
      for (const p of this.patients) {
        if (p.id === excludeId) continue;
        const reasons: DuplicateMatch['reasons'] = [];
        if (
          fold(p.firstName) === fold(firstName) &&
          fold(p.lastName) === fold(lastName) &&
          p.dateOfBirth === dateOfBirth
        ) {
          reasons.push('same_name_and_birth_date');
        }
        if (p.guardians.some((g) => digits.includes(g.phone.replace(/\D/g, '')))) reasons.push('same_guardian_phone');
        if (reasons.length) found.push({ patient: summary(p), reasons });
      }
      return found;
    },
    'clinicians:list': async () =>
      [...this.clinicians].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)),
    'clinicians:create': async (input) => this.addClinician(input),
    'clinicians:update': async ({ id, clinician: input }) => {
      const clinician = this.clinicians.find((c) => c.id === id);
      if (!clinician) throw { code: 'NOT_FOUND', message: 'No such clinician.' } satisfies CallError;
      Object.assign(clinician, input);
      for (const a of this.assessments) if (a.clinicianId === id) a.clinicianName = input.name;
      return clinician;
    },
    'assessments:create': async (input) => {
      this.find(input.patientId);
      return this.storeAssessment(input);
    },
    'assessments:update': async ({ id, assessment: input }) => {
      const current = this.assessments.find((a) => a.id === id);
      if (!current) throw { code: 'NOT_FOUND', message: 'No such assessment.' } satisfies CallError;
      return this.replaceAssessment(current, input);
    },
    'assessments:list': async ({ patientId }) => this.assessmentsOf(patientId),
    'assessments:history': async ({ id }) => this.revisions.get(id) ?? [],
    // The child screen lists booklets and the plan; booklets are tested on the real core, so here there are none.
    'booklets:list': async () => [],
    'care-plans:current': async () => null,
    'care-plans:schedule': async () => null,
    'adherence:summary': async () => [],
    'settings:get': async () => ({ ...this.settings }),
    'settings:update': async (changes) => {
      this.settings = { ...this.settings, ...changes };
      return { ...this.settings };
    },
    'app:info': async () => ({ ...this.info }),
  };
}

/** The input part of a stored assessment (what a revision keeps). */
function inputOf(a: Assessment): AssessmentInput {
  const { id: _id, clinicianName: _n, createdAt: _c, updatedAt: _u, revisions: _r, ...input } = structuredClone(a);
  return input;
}

/** Every typed word must start some word of the names, or (digits) appear in a guardian's phone. */
function matches_(p: Patient, query: string): boolean {
  const words = [p.firstName, p.lastName, ...p.guardians.map((g) => g.name)].join(' ').toLowerCase().split(/\s+/);
  const digits = p.guardians.map((g) => g.phone.replace(/\D/g, '')).join(' ');
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => (/^\d+$/.test(term) ? digits.includes(term) : words.some((w) => w.startsWith(term))));
}

function summary(p: Patient): PatientSummary {
  const main = p.guardians[0];
  return {
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    guardianName: main?.name ?? '',
    guardianPhone: main?.phone ?? '',
    archived: p.archivedAt !== null,
  };
}
