import { createApi, type Api, type Transport } from '../../renderer/api';
import {
  contract,
  DEFAULT_SETTINGS,
  isChannel,
  toValidationIssues,
  type AppInfo,
  type CallError,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ChannelParsedInput,
  type Envelope,
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
  guardianName?: string;
  guardianPhone?: string;
}

export interface FakeOptions {
  children?: SeedChild[];
  settings?: Partial<Settings>;
  info?: Partial<AppInfo>;
}

export interface RecordedCall {
  channel: Channel;
  input: unknown;
}

export class FakeValgo {
  readonly api: Api;
  readonly patients: Patient[] = [];
  settings: Settings;
  info: AppInfo;
  readonly calls: RecordedCall[] = [];
  /** Calls answered so far, in the order their answers went out. */
  readonly answered: RecordedCall[] = [];
  private failures = new Map<Channel, CallError[]>();
  /** A call for which this returns a promise is answered only once the promise resolves. */
  hold: (channel: Channel, input: unknown) => Promise<void> | null = () => null;
  private nextId = 1;

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
    this.api = createApi(this.transport);
  }

  /** Adds a child directly (no call recorded) and returns it. */
  add(child: SeedChild): Patient {
    const stamp = '2025-01-01T00:00:00.000Z';
    const patient: Patient = {
      id: this.nextId++,
      firstName: child.firstName,
      lastName: child.lastName,
      dateOfBirth: child.dateOfBirth,
      sex: child.sex ?? 'female',
      guardian: { name: child.guardianName ?? 'Guardian', phone: child.guardianPhone ?? '+7 900 000-00-00' },
      createdAt: stamp,
      updatedAt: stamp,
    };
    this.patients.push(patient);
    return patient;
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
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: error as CallError };
    }
  }

  private find(id: number): Patient {
    const patient = this.patients.find((p) => p.id === id);
    if (!patient) throw { code: 'NOT_FOUND', message: 'This child was not found.' } satisfies CallError;
    return patient;
  }

  private handlers: Handlers = {
    'patients:search': async ({ query, limit }) => {
      const matches = this.patients
        .filter((p) => matches_(p, query))
        .sort((a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName));
      return { items: matches.slice(0, limit).map(summary), more: matches.length > limit };
    },
    'patients:get': async ({ id }) => structuredClone(this.find(id)),
    'patients:create': async (input) => {
      const patient = this.add({ ...input, guardianName: input.guardian.name, guardianPhone: input.guardian.phone });
      return structuredClone(patient);
    },
    'patients:update': async ({ id, patient: input }) => {
      const patient = this.find(id);
      Object.assign(patient, { ...input, guardian: { ...input.guardian }, updatedAt: new Date().toISOString() });
      return structuredClone(patient);
    },
    'settings:get': async () => ({ ...this.settings }),
    'settings:update': async (changes) => {
      this.settings = { ...this.settings, ...changes };
      return { ...this.settings };
    },
    'app:info': async () => ({ ...this.info }),
  };
}

/** Every typed word must start some word of the names, or (digits) appear in the phone. */
function matches_(p: Patient, query: string): boolean {
  const words = [p.firstName, p.lastName, p.guardian.name].join(' ').toLowerCase().split(/\s+/);
  const digits = p.guardian.phone.replace(/\D/g, '');
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => (/^\d+$/.test(term) ? digits.includes(term) : words.some((w) => w.startsWith(term))));
}

function summary(p: Patient): PatientSummary {
  return {
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    guardianName: p.guardian.name,
    guardianPhone: p.guardian.phone,
  };
}
