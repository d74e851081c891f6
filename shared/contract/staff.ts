import { z } from 'zod';
import { ADMIN_ONLY, ANYONE, EVERY_ROLE, ROLES } from './access';
import { Language } from './settings';
import { lineText, optionalLineText, secretText } from './text';

/*
 * Staff accounts and the per-window session (electron/services/staff). Passwords travel only to
 * main, which stores a salted scrypt hash; no channel ever returns one.
 */

export const StaffRole = z.enum(ROLES);

const StaffId = z.number().int().positive();

/** Who is signed in (what dispatch hands handlers as ctx.user). */
export const StaffUser = z.object({ id: StaffId, name: z.string(), role: StaffRole });
export type StaffUser = z.infer<typeof StaffUser>;

/** A member of staff as the admin's list shows it. */
export const StaffMember = StaffUser.extend({
  username: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/**
 * A member of staff after a deactivation or a password reset. On a practice server the change
 * also ends their open connections: `signedOutOn` is on how many computers, null when the server
 * may not end them (they end at their next reconnect); absent where nothing was ended (SQLite, or
 * another change).
 */
export const StaffChanged = StaffMember.extend({
  signedOutOn: z.number().int().nonnegative().nullable().optional(),
});
export type StaffChanged = z.infer<typeof StaffChanged>;

/** Letters, digits, dot, dash and underscore; compared without case. */
export const Username = lineText(40).refine((s) => /^[\p{L}\p{N}._-]+$/u.test(s), { message: 'invalidUsername' });

/** At least 8 characters; a passphrase is welcome (up to 200). */
export const Password = secretText(200).min(8, { message: 'tooShort:8' });

/** What a window sees before it draws anything: set-up, sign-in, lock overlay or the app. */
export const StaffStatus = z.object({
  /** No staff account exists yet: the first-run screen creates the administrator. */
  needsSetup: z.boolean(),
  user: StaffUser.nullable(),
  locked: z.boolean(),
  idleLockMinutes: z.number().int(),
  /** The clinic's UI language, for the sign-in screens (the settings need a signed-in user). */
  language: Language,
  /** Practice server: why the server signed this window out (an administrator deactivated the account or reset its password). */
  signedOutReason: z.enum(['deactivated', 'passwordReset']).optional(),
});
export type StaffStatus = z.infer<typeof StaffStatus>;

export const StaffInput = z.object({
  name: lineText(120),
  username: Username,
  role: StaffRole,
  password: Password,
});
export type StaffInput = z.input<typeof StaffInput>;

/** The one-time recovery code: shown once, then only its hash is kept. */
const Recovery = z.object({ recoveryCode: z.string() });

export const IDLE_LOCK_MINUTES = { min: 1, max: 240, default: 5 } as const;

export const staffChannels = {
  /** Who is signed in on this window, whether it is locked, whether set-up is still needed. */
  'staff:status': { input: z.object({}), output: StaffStatus, access: ANYONE },
  /** First run only (no staff yet): creates the administrator, signs in, returns the recovery code. */
  'staff:setup': {
    input: z.object({ name: lineText(120), username: Username, password: Password }),
    output: StaffStatus.extend(Recovery.shape),
    access: ANYONE,
  },
  /** Signs this window in; a few wrong passwords in a row pause sign-in for that name. */
  'staff:sign-in': {
    input: z.object({ username: optionalLineText(200), password: secretText(200) }),
    output: StaffStatus,
    access: ANYONE,
  },
  /** Signs this window out ("Switch user", "Sign out"). */
  'staff:sign-out': { input: z.object({}), output: StaffStatus, access: ANYONE },
  /** Locks this window now; unlocking as the same user resumes where they were. */
  'staff:lock': { input: z.object({}), output: StaffStatus, access: EVERY_ROLE },
  /** The locked user's password unlocks the window. */
  'staff:unlock': { input: z.object({ password: secretText(200) }), output: StaffStatus, access: ANYONE },
  /** The window was used (typing, clicks): keeps it from idle-locking. */
  'staff:touch': { input: z.object({}), output: z.object({}), access: EVERY_ROLE },
  /** Changes the signed-in user's own password. */
  'staff:change-password': {
    input: z.object({ current: secretText(200), password: Password }),
    output: z.object({}),
    access: EVERY_ROLE,
  },
  /** The administrator's recovery code sets a new password for that account; returns a new code. */
  'staff:recover': {
    input: z.object({ username: optionalLineText(200), recoveryCode: optionalLineText(100), password: Password }),
    output: Recovery,
    access: ANYONE,
  },
  /** Every account, active first. */
  'staff:list': { input: z.object({}), output: z.array(StaffMember), access: ADMIN_ONLY },
  'staff:create': { input: StaffInput, output: StaffMember, access: ADMIN_ONLY },
  /** Name, role or active; the last active administrator cannot be demoted or deactivated. */
  'staff:update': {
    input: z.object({
      id: StaffId,
      name: lineText(120).optional(),
      role: StaffRole.optional(),
      active: z.boolean().optional(),
    }),
    output: StaffChanged,
    access: ADMIN_ONLY,
  },
  'staff:reset-password': {
    input: z.object({ id: StaffId, password: Password }),
    output: StaffChanged,
    access: ADMIN_ONLY,
  },
  /** Minutes without use before a window locks itself. */
  'staff:idle-lock:set': {
    input: z.object({ minutes: z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max) }),
    output: StaffStatus,
    access: ADMIN_ONLY,
  },
} as const;
