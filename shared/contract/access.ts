/*
 * Who may call a channel. Every contract entry carries `access` beside its schemas; dispatch
 * refuses the call (DENIED, SIGNED_OUT or LOCKED) before the handler runs. 'anyone' is only for
 * what must work before sign-in: app info, staff status, sign-in, first-admin set-up, recovery.
 */

export const ROLES = ['admin', 'clinician', 'receptionist'] as const;
export type Role = (typeof ROLES)[number];
export type Access = 'anyone' | readonly Role[];

/** Works without a signed-in user (and while the session is locked). */
export const ANYONE: Access = 'anyone';
/** Every signed-in member of staff: the front desk's work (children's contacts, diary, recall, cards). */
export const EVERY_ROLE: Access = ROLES;
/** Clinical records (assessments, notes, plans, booklets, what the family did): not the front desk. */
export const CLINICAL: Access = ['admin', 'clinician'];
/** Staff accounts, clinic-wide administration. */
export const ADMIN_ONLY: Access = ['admin'];

/** What every contract channel declares; a channel without `access` does not compile. */
export interface ChannelSpec {
  readonly input: unknown;
  readonly output: unknown;
  readonly access: Access;
}

/** True when `role` may call a channel declared with `access` (signed-in users only). */
export function roleMayCall(access: Access, role: Role): boolean {
  return access === 'anyone' || access.includes(role);
}
