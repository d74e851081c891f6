import type { AuditAction, Channel, ChannelOutput, ChannelParsedInput } from '../../../shared/contract';

/*
 * What each channel's call means for the audit log: a read of a child's record, a change, an
 * erase, a sign-in, or nothing worth a line (lists and searches that open no record; clinic
 * set-up reads). The map is keyed by every contract channel, so a new channel without a rule
 * does not compile. The child and the record are read from the call's input or output by key
 * (checked against the contract's types), or by a key inside it (`['booklet', 'id']`).
 */

type Keys<T> = T extends readonly unknown[] ? never : T extends object ? Extract<keyof T, string> : never;
/** Keys from the top down to an id: `[k]`, `[k, k2]`, ... (arrays end a path). */
type Tail<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? { [K in Keys<T>]: [K] | [K, ...Tail<NonNullable<T[K]>>] }[Keys<T>]
    : never;
type Path<T> = Keys<T> | Readonly<Tail<T>>;

/** Where an id is found: the parsed input or the handler's output. */
export type From<C extends Channel> =
  { in: Path<ChannelParsedInput<C>> } | { out: Path<NonNullable<ChannelOutput<C>>> };

export type RecordKind =
  | 'patient'
  | 'assessment'
  | 'booklet'
  | 'care-plan'
  | 'appointment'
  | 'call'
  | 'course-return'
  | 'staff'
  | 'clinician'
  | 'backup'
  | 'audit';

export interface LoggedRule<C extends Channel> {
  action: AuditAction;
  /** The child the call concerns. */
  patient?: From<C>;
  /** The record it opened or changed, beside the child. */
  record?: { kind: RecordKind; id?: From<C> };
}

/** 'none': not logged when it succeeds or is refused; a denied call is always logged. */
export type AuditRule<C extends Channel> = LoggedRule<C> | { action: 'none' };

export type AuditRules = { [C in Channel]: AuditRule<C> };

const NONE = { action: 'none' } as const;
/** A clinic-wide setting changed: no child concerned. */
const CLINIC = { action: 'change' } as const;

export const AUDIT_RULES: AuditRules = {
  'patients:search': NONE,
  'patients:get': { action: 'read', patient: { in: 'id' }, record: { kind: 'patient', id: { in: 'id' } } },
  'patients:record': { action: 'read', patient: { in: 'id' }, record: { kind: 'patient', id: { in: 'id' } } },
  'patients:create': { action: 'change', patient: { out: 'id' }, record: { kind: 'patient', id: { out: 'id' } } },
  'patients:update': { action: 'change', patient: { in: 'id' }, record: { kind: 'patient', id: { in: 'id' } } },
  'patients:archive': { action: 'change', patient: { in: 'id' }, record: { kind: 'patient', id: { in: 'id' } } },
  'patients:duplicates': NONE,
  'patients:export': {
    action: 'read',
    patient: { in: 'patientId' },
    record: { kind: 'patient', id: { in: 'patientId' } },
  },
  'patients:export-zip': {
    action: 'read',
    patient: { in: 'patientId' },
    record: { kind: 'patient', id: { in: 'patientId' } },
  },
  // The erase service writes its own entry in the erase's transaction; the recorder adds the others.
  'patients:erase': { action: 'erase', patient: { in: 'id' }, record: { kind: 'patient', id: { in: 'id' } } },
  'settings:get': NONE,
  'settings:update': CLINIC,
  'app:info': NONE,
  'clinicians:list': NONE,
  'clinicians:create': { action: 'change', record: { kind: 'clinician', id: { out: 'id' } } },
  'clinicians:update': { action: 'change', record: { kind: 'clinician', id: { in: 'id' } } },
  'assessments:create': {
    action: 'change',
    patient: { in: 'patientId' },
    record: { kind: 'assessment', id: { out: 'id' } },
  },
  'assessments:update': {
    action: 'change',
    patient: { in: ['assessment', 'patientId'] },
    record: { kind: 'assessment', id: { in: 'id' } },
  },
  'assessments:list': { action: 'read', patient: { in: 'patientId' } },
  'assessments:history': { action: 'read', record: { kind: 'assessment', id: { in: 'id' } } },
  'booklets:draft': { action: 'read', patient: { in: 'patientId' } },
  'booklets:preview': { action: 'read', patient: { in: 'patientId' } },
  'booklets:issue': {
    action: 'change',
    patient: { in: 'patientId' },
    record: { kind: 'booklet', id: { out: ['booklet', 'id'] } },
  },
  'booklets:list': { action: 'read', patient: { in: 'patientId' } },
  'booklets:reprint': {
    action: 'read',
    patient: { out: ['booklet', 'patientId'] },
    record: { kind: 'booklet', id: { in: 'id' } },
  },
  'booklets:reissue': {
    action: 'change',
    patient: { out: ['booklet', 'patientId'] },
    record: { kind: 'booklet', id: { out: ['booklet', 'id'] } },
  },
  'care-plans:current': { action: 'read', patient: { in: 'patientId' }, record: { kind: 'care-plan' } },
  'care-plans:list': { action: 'read', patient: { in: 'patientId' }, record: { kind: 'care-plan' } },
  'care-plans:schedule': NONE,
  'adherence:sheet': { action: 'read', patient: { out: 'patientId' }, record: { kind: 'course-return' } },
  'adherence:save': {
    action: 'change',
    patient: { in: 'patientId' },
    record: { kind: 'course-return', id: { out: 'id' } },
  },
  'adherence:summary': { action: 'read', patient: { in: 'patientId' } },
  'adherence:history': { action: 'read', patient: { in: 'patientId' }, record: { kind: 'course-return' } },
  'diary:setup:get': NONE,
  'diary:hours:set': CLINIC,
  'diary:closed-days:set': CLINIC,
  'appointment-types:list': NONE,
  'appointment-types:save': CLINIC,
  // The diary and the recall list are lists: opening one booking or a child's visits is the read.
  'appointments:range': NONE,
  'appointments:get': {
    action: 'read',
    patient: { out: ['patient', 'id'] },
    record: { kind: 'appointment', id: { in: 'id' } },
  },
  'appointments:patient': { action: 'read', patient: { in: 'patientId' }, record: { kind: 'appointment' } },
  'appointments:create': {
    action: 'change',
    patient: { in: 'patientId' },
    record: { kind: 'appointment', id: { out: ['appointment', 'id'] } },
  },
  'appointments:check': NONE,
  'appointments:move': {
    action: 'change',
    patient: { out: ['appointment', 'patient', 'id'] },
    record: { kind: 'appointment', id: { in: 'id' } },
  },
  'appointments:set-status': {
    action: 'change',
    patient: { out: ['appointment', 'patient', 'id'] },
    record: { kind: 'appointment', id: { in: 'id' } },
  },
  'appointments:cancel': {
    action: 'change',
    patient: { out: ['patient', 'id'] },
    record: { kind: 'appointment', id: { in: 'id' } },
  },
  'appointments:book-plan': { action: 'change', patient: { in: 'patientId' }, record: { kind: 'appointment' } },
  'appointments:unbook-plan': { action: 'change', record: { kind: 'appointment' } },
  'appointments:unclosed': NONE,
  'appointments:close-out': { action: 'change', record: { kind: 'appointment' } },
  'slots:next': NONE,
  'slots:propose': NONE,
  'recall:list': NONE,
  'recall:contacted': { action: 'change', patient: { in: 'patientId' }, record: { kind: 'call', id: { out: 'id' } } },
  'recall:contacts': { action: 'read', patient: { in: 'patientId' }, record: { kind: 'call' } },
  'appointments:card': { action: 'read', patient: { in: 'patientId' }, record: { kind: 'appointment' } },
  'appointments:ics': { action: 'read', patient: { in: 'patientId' }, record: { kind: 'appointment' } },
  'diary:day-list': NONE,
  'staff:status': NONE,
  'staff:setup': { action: 'change', record: { kind: 'staff', id: { out: ['user', 'id'] } } },
  'staff:sign-in': { action: 'sign-in', record: { kind: 'staff', id: { out: ['user', 'id'] } } },
  'staff:sign-out': { action: 'sign-out' },
  'staff:lock': NONE,
  'staff:unlock': { action: 'sign-in', record: { kind: 'staff', id: { out: ['user', 'id'] } } },
  'staff:touch': NONE,
  'staff:change-password': { action: 'change', record: { kind: 'staff' } },
  'staff:recover': { action: 'change', record: { kind: 'staff' } },
  'staff:list': NONE,
  'staff:create': { action: 'change', record: { kind: 'staff', id: { out: 'id' } } },
  'staff:update': { action: 'change', record: { kind: 'staff', id: { in: 'id' } } },
  'staff:reset-password': { action: 'change', record: { kind: 'staff', id: { in: 'id' } } },
  'staff:idle-lock:set': CLINIC,
  'backups:list': NONE,
  'backups:run': { action: 'other', record: { kind: 'backup' } },
  // A restore replaces every record at once.
  'backups:restore': { action: 'change', record: { kind: 'backup' } },
  'backups:drill': { action: 'other', record: { kind: 'backup' } },
  'backups:settings:get': NONE,
  'backups:settings:set': CLINIC,
  'audit:list': NONE,
  'audit:verify': { action: 'read', record: { kind: 'audit' } },
  // Keys of what changed, for live updates: no record is opened.
  'changes:wait': NONE,
  'data-source:get': NONE,
  // The workstation's data source changed (takes effect at the next start).
  'data-source:set': CLINIC,
  'data-source:test': NONE,
  // Every record of this computer copied to a practice server (the SQLite file is left as it was).
  'data-source:move': { action: 'other' },
  'data-source:move-progress': NONE,
  'server-backups:status': NONE,
  'server-backups:list': NONE,
  // A dump copies every record: logged like the file backups.
  'server-backups:run': { action: 'other', record: { kind: 'backup' } },
  'server-backups:drill': { action: 'other', record: { kind: 'backup' } },
  'server-backups:folder:set': CLINIC,
  'desktop:choose-path': NONE,
};
