import { z } from 'zod';
import { ADMIN_ONLY } from './access';
import { PatientId } from './patients';
import { optionalLineText } from './text';

/*
 * The audit log (admins only): who read or changed which child's record, when and through which
 * channel. Entries carry ids, never a child's name or notes, so erasing a child leaves the log
 * whole. `audit:verify` re-walks the hash chain and names the first entry changed or missing.
 */

export const AuditAction = z.enum(['read', 'change', 'erase', 'sign-in', 'sign-out', 'other']);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditOutcome = z.enum(['ok', 'refused', 'denied', 'error']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AuditEntry = z.object({
  id: z.number().int().positive(),
  /** ISO instant. */
  at: z.string(),
  userId: z.number().int().nullable(),
  userName: z.string().nullable(),
  userRole: z.enum(['admin', 'clinician', 'receptionist']).nullable(),
  channel: z.string(),
  action: AuditAction,
  patientId: z.number().int().nullable(),
  /** What kind of record the call opened or changed ('assessment', 'booklet', ...), beside the child. */
  recordKind: z.string().nullable(),
  recordId: z.number().int().nullable(),
  outcome: AuditOutcome,
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const instant = z.iso.datetime({ offset: true });

export const AuditListInput = z.object({
  userId: z.number().int().positive().optional(),
  patientId: PatientId.optional(),
  channel: optionalLineText(80).optional(),
  /** From this instant (inclusive). */
  from: instant.optional(),
  /** Up to this instant (exclusive). */
  to: instant.optional(),
  /** Newest first; `offset` entries skipped. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type AuditListInput = z.input<typeof AuditListInput>;

export const AuditPage = z.object({
  items: z.array(AuditEntry),
  /** Entries matching the filters, all pages together. */
  total: z.number().int().min(0),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditProblem = z.enum(['edited', 'deleted', 'reordered']);
export type AuditProblem = z.infer<typeof AuditProblem>;

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  /** Entries checked. */
  entries: z.number().int().min(0),
  /** The first entry found changed, out of place, or (for `deleted`) the first missing id. */
  firstBadId: z.number().int().positive().optional(),
  problem: AuditProblem.optional(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;

export const auditChannels = {
  /** A page of the audit log, newest first, by user, child, channel and time. */
  'audit:list': { input: AuditListInput, output: AuditPage, access: ADMIN_ONLY },
  /** Re-walks the hash chain; names the first entry changed, missing or out of order. */
  'audit:verify': { input: z.object({}), output: AuditVerifyResult, access: ADMIN_ONLY },
} as const;
