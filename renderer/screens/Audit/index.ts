/** The audit log screen (`#/audit`, admins only) and the role checks admin-only actions use. */
export { AuditScreen } from './AuditScreen';
export { useIsAdmin, useRole } from './use-is-admin';
