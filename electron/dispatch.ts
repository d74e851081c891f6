import {
  contract,
  isChannel,
  roleMayCall,
  toValidationIssues,
  type Channel,
  type ChannelOutput,
  type ChannelParsedInput,
  type Envelope,
  type ErrorCode,
  type StaffUser,
} from '../shared/contract';
import { AppError } from './services/errors';
import { databaseRefusal } from './services/db-errors';

export type { StaffUser };

/** Who is calling: the session key (a window, a browser token) and its signed-in user. */
export interface CallContext {
  session: string;
  user: StaffUser | null;
}

/** One async function per channel; a channel without a handler does not compile. */
export type Handlers = {
  [C in Channel]: (input: ChannelParsedInput<C>, ctx: CallContext) => Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: string, input: unknown, session?: string) => Promise<Envelope<unknown>>;

/** What the audit log records of every call that named a real channel. */
export interface CallEvent {
  channel: string;
  /** Parsed input, or the raw input when the call was refused before parsing succeeded. */
  input: unknown;
  output?: unknown;
  user: StaffUser | null;
  outcome: 'ok' | 'refused' | 'denied' | 'error';
  /** ISO instant. */
  at: string;
  /** The window that made the call (the server recorder writes through that window's pool). */
  session: string;
}

/** Sessions and roles (electron/services/staff): who is signed in, and what they may see. */
export interface SessionGate {
  /** The session's user and whether it is locked; counts the call as use of the session. */
  resolve(session: string, channel: string): { user: StaffUser | null; locked: boolean };
  /** Removes from an answer what the user's role may not see. */
  redact(channel: string, user: StaffUser | null, output: unknown): unknown;
}

export interface DispatchOptions {
  /** Where unexpected errors go (they reach the renderer only as a generic message). */
  logError?: (channel: string, error: unknown) => void;
  /**
   * Enforces sign-in, idle lock and roles. The app (electron/core.ts) always passes it; a dispatch
   * built without one (unit tests composing their own) lets every call through as a trusted caller.
   */
  gate?: SessionGate;
  /** Called after every call that named a real channel, whatever its outcome. */
  onCall?: (event: CallEvent) => void;
}

/** The session key used when a caller passes none (tests and in-process tools). */
export const DEFAULT_SESSION = 'default';

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  SIGNED_OUT: 'Please sign in first.',
  LOCKED: 'This window is locked; unlock it to continue.',
  DENIED: 'Your role does not allow this.',
};

const refusal = (code: ErrorCode): Envelope<never> => ({ ok: false, error: { code, message: MESSAGES[code] ?? code } });

/** The gate's answer for this call: null to go on, else the refusal code. */
function gateCode(gate: SessionGate | undefined, channel: Channel, user: StaffUser | null, locked: boolean) {
  const access = contract[channel].access;
  if (!gate || access === 'anyone') return null;
  if (!user) return 'SIGNED_OUT';
  if (locked) return 'LOCKED';
  return roleMayCall(access, user.role) ? null : 'DENIED';
}

/**
 * Channel name -> session and role check -> parse input -> handler -> envelope. A refused call
 * never reaches its handler; invalid input never does either.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((channel, error) => console.error(`[${channel}]`, error));
  const { gate, onCall } = options;
  return async (channel, input, session = DEFAULT_SESSION) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel: ${String(channel)}` } };
    }
    const { user, locked } = gate ? gate.resolve(session, channel) : { user: null, locked: false };
    const report = (outcome: CallEvent['outcome'], data: unknown, output?: unknown) => {
      try {
        onCall?.({
          channel,
          input: data,
          ...(output === undefined ? {} : { output }),
          user,
          outcome,
          at: new Date().toISOString(),
          session,
        });
      } catch (error) {
        // A recorder that fails must not turn a finished call into an error the user sees.
        logError(channel, error);
      }
    };
    const code = gateCode(gate, channel, user, locked);
    if (code) {
      report('denied', input);
      return refusal(code);
    }
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) {
      report('refused', input);
      return {
        ok: false,
        error: { code: 'VALIDATION', message: 'Some fields need attention.', issues: toValidationIssues(parsed.error) },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown, ctx: CallContext) => Promise<unknown>;
      const raw = await handler(parsed.data, { session, user });
      const value = gate ? gate.redact(channel, user, raw) : raw;
      report('ok', parsed.data, value);
      return { ok: true, value };
    } catch (error) {
      const known = error instanceof AppError ? error : databaseRefusal(error);
      if (known) {
        report('refused', parsed.data);
        const { code, message, issues } = known;
        return { ok: false, error: issues ? { code, message, issues } : { code, message } };
      }
      report('error', parsed.data);
      logError(channel, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong; nothing was saved. Please try again.' },
      };
    }
  };
}
