/** Why a call failed; the renderer picks the message to show from the code. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN'
  | 'INTERNAL'
  /** Nobody is signed in on this window (staff). */
  | 'SIGNED_OUT'
  /** The session is idle-locked: only unlock, sign-out and status answer. */
  | 'LOCKED'
  /** The signed-in user's role may not use this channel. */
  | 'DENIED';

export interface ValidationIssue {
  /** Field path as dotted string, e.g. `guardian.phone`. */
  path: string;
  /** Message key (see renderer i18n `validation.*`), e.g. `required` or `tooLong:80`. */
  message: string;
  /** A stale save (path `version`, message `stale`): who saved the record since (null: unknown) and when (ISO). */
  changedBy?: string | null;
  changedAt?: string | null;
}

/** The issue a save based on an older row version is refused with (electron/services/row-version.ts). */
export type StaleIssue = ValidationIssue & { path: 'version'; message: 'stale' };

export interface CallError {
  code: ErrorCode;
  message: string;
  issues?: ValidationIssue[];
}

/** Every call's answer: main never throws across the boundary. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: CallError };
