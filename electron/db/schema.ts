import type { Generated } from 'kysely';

/** Row types of every table, declared once; services map them to the contract's domain types. */
export interface PatientTable extends RowVersionColumns {
  id: Generated<number>;
  first_name: string;
  /** The patronymic or middle name; '' when none (migration 7). */
  middle_name: Generated<string>;
  last_name: string;
  date_of_birth: string;
  sex: 'female' | 'male';
  /** Folded "last first id" key: the list's sort order, and the source of `sort_rank`. */
  sort_key: string;
  /** Integer that orders children like `sort_key`; used as the search index rowid (see patient-search.ts). */
  sort_rank: number;
  created_at: string;
  updated_at: string;
  notes: Generated<string>;
  /** When the child was archived (left the default list); null while active. */
  archived_at: Generated<string | null>;
}

export interface GuardianTable {
  id: Generated<number>;
  patient_id: number;
  /** Order of the guardian on the child's record; 0 is the main contact. */
  position: number;
  name: string;
  phone: string;
  relationship: Generated<'mother' | 'father' | 'grandparent' | 'carer' | 'other'>;
  email: Generated<string>;
  preferred_language: Generated<'en' | 'ru'>;
  contact_consent: Generated<number>;
  phone_digits: Generated<string>;
  /** `phone` read with the clinic's country, E.164; null when blank or not a possible number (migration 7). */
  phone_e164: Generated<string | null>;
}

export interface ClinicianTable extends RowVersionColumns {
  id: Generated<number>;
  name: string;
  title: string;
  phone: string;
  active: number;
  created_at: string;
}

type DegreeMethodColumn = 'heel_angle' | 'plantography' | 'xray' | 'clinical' | 'other' | null;
type FlexibleColumn = 'yes' | 'no' | 'unknown';

export interface AssessmentTable extends RowVersionColumns {
  id: Generated<number>;
  patient_id: number;
  clinician_id: number;
  assessed_on: string;
  left_degree: number;
  left_method: DegreeMethodColumn;
  left_flexible: FlexibleColumn;
  left_heel_angle: number | null;
  right_degree: number;
  right_method: DegreeMethodColumn;
  right_flexible: FlexibleColumn;
  right_heel_angle: number | null;
  /** JSON array of red-flag codes. */
  red_flags: string;
  weight_kg: number | null;
  height_cm: number | null;
  overweight: number;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface AssessmentRevisionTable {
  id: Generated<number>;
  assessment_id: number;
  revision: number;
  /** JSON of the AssessmentInput as it stood before the edit. */
  data: string;
  replaced_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface WorkingHoursTable {
  id: Generated<number>;
  clinician_id: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local wall-clock minutes after midnight. */
  start_minute: number;
  end_minute: number;
}

export interface ClosedDayTable {
  id: Generated<number>;
  /** Null: the whole clinic. */
  clinician_id: number | null;
  from_date: string;
  to_date: string;
  label: string;
}

export interface AppointmentTypeTable extends RowVersionColumns {
  id: Generated<number>;
  code: 'first_assessment' | 'follow_up' | 'technique_check' | null;
  name: string;
  duration_minutes: number;
  active: Generated<number>;
}

type FollowUpReasonColumn = 'after_course' | 'every_months' | 'end_of_horizon' | 'manual';

export interface AppointmentTable extends RowVersionColumns {
  id: Generated<number>;
  clinician_id: number;
  patient_id: number;
  type_id: number;
  /** Epoch milliseconds (an instant, not a wall-clock time). */
  starts_at: number;
  ends_at: number;
  status: 'booked' | 'attended' | 'no_show' | 'cancelled';
  recall_id: number | null;
  plan_reason: FollowUpReasonColumn | null;
  plan_ref: string | null;
  note: string;
  cancel_reason: string;
  created_at: string;
  updated_at: string;
}

export interface RecallTable {
  id: Generated<number>;
  patient_id: number;
  clinician_id: number | null;
  due_on: string;
  reason: FollowUpReasonColumn;
  source: 'plan' | 'manual';
  plan_ref: string | null;
  resolved_at: string | null;
  resolution: 'attended' | 'declined' | null;
  resolved_by: number | null;
  /** Start of the booked visit that answers this item (epoch ms), kept by the services; see syncBookedUntil. */
  booked_until: Generated<number | null>;
  created_at: string;
  /** The care plan whose check-up this is; null for items made before plans were stored. */
  care_plan_id: Generated<number | null>;
  /** The course the check-up follows (purpose after_course). */
  course: Generated<number | null>;
}

export interface RecallContactTable {
  id: Generated<number>;
  patient_id: number;
  recall_id: number | null;
  contacted_on: string;
  outcome: 'reached' | 'no_answer' | 'left_message' | 'declined' | 'booked';
  note: string;
  created_at: string;
}

export interface BookletTable {
  id: Generated<number>;
  patient_id: number;
  created_at: string;
  action: 'print' | 'save' | 'open' | 'download';
  kind: 'information' | 'specialist_care' | 'full';
  language: 'en' | 'ru';
  paper: 'A4' | 'Letter';
  pages: number;
  size_bytes: number;
  sha256: string;
  plan_engine_version: number;
  content_version: string;
  /** JSON of the BookletRequest it was rendered from. */
  request: string;
  reprint_of: number | null;
  /** The care plan this booklet was issued for (null before plans were stored, and for re-issues of those). */
  care_plan_id: Generated<number | null>;
  /** Set on a re-issue with today's texts: the booklet it renews. */
  reissue_of: Generated<number | null>;
}

export interface BookletFileTable {
  sha256: string;
  bytes: Buffer;
  created_at: string;
}

export type CarePlanMode = 'new' | 'continue';

export interface CarePlanTable {
  id: Generated<number>;
  patient_id: number;
  assessment_id: number | null;
  clinician_id: number | null;
  previous_id: number | null;
  mode: CarePlanMode;
  current: number;
  kind: 'information' | 'specialist_care' | 'full';
  start_date: string;
  end_date: string | null;
  engine_version: number;
  /** JSON of the PlanChoices. */
  choices: string;
  /** JSON of the computed Plan (courses, breaks, check-ups, doses). */
  plan: string;
  created_at: string;
  superseded_at: string | null;
}

export interface CourseReturnTable {
  id: Generated<number>;
  patient_id: number;
  plan_start: string;
  course: number;
  care_plan_id: number | null;
  /** JSON of the ReturnEntry (grid, not returned, or an estimate). */
  entry: string;
  entered_by: string;
  entered_at: string;
}

/** Append-only (migration 8): ids only, hash-chained; see electron/services/audit. */
export interface AuditLogTable {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string | null;
  user_role: 'admin' | 'clinician' | 'receptionist' | null;
  channel: string;
  action: 'read' | 'change' | 'erase' | 'sign-in' | 'sign-out' | 'other';
  patient_id: number | null;
  record_kind: string | null;
  record_id: number | null;
  outcome: 'ok' | 'refused' | 'denied' | 'error';
  prev_hash: string;
  hash: string;
}

/** Staff accounts (migration 9); see electron/services/staff. */
export interface StaffTable {
  id: Generated<number>;
  name: string;
  username: string;
  username_folded: string;
  role: 'admin' | 'clinician' | 'receptionist';
  password_hash: string;
  recovery_hash: string | null;
  active: Generated<number>;
  created_at: string;
}

/** One row (id 1): clinic-wide staff options. */
export interface StaffOptionsTable {
  id: number;
  idle_lock_minutes: number;
}

/** Row version columns (migration 11, electron/services/row-version.ts). */
export interface RowVersionColumns {
  row_version: Generated<number>;
  /** The staff member who made the last versioned save; null before any, or without accounts. */
  updated_by: Generated<number | null>;
  /** When (ISO instant); null until the first versioned save. */
  changed_at: Generated<string | null>;
}

/** The practice settings' one version (migration 11). */
export interface SettingsVersionTable extends RowVersionColumns {
  id: number;
}

/** Keys of every change to a table the screens show, written by triggers (migration 10). */
export interface ChangeLogTable {
  id: Generated<number>;
  at: Generated<string>;
  table_name: string;
  row_id: number | null;
  patient_id: number | null;
  op: 'insert' | 'update' | 'delete';
}

export interface Database {
  patients: PatientTable;
  guardians: GuardianTable;
  settings: SettingTable;
  clinicians: ClinicianTable;
  assessments: AssessmentTable;
  assessment_revisions: AssessmentRevisionTable;
  schema_migrations: SchemaMigrationTable;
  working_hours: WorkingHoursTable;
  closed_days: ClosedDayTable;
  appointment_types: AppointmentTypeTable;
  appointments: AppointmentTable;
  recalls: RecallTable;
  recall_contacts: RecallContactTable;
  booklets: BookletTable;
  booklet_files: BookletFileTable;
  care_plans: CarePlanTable;
  course_returns: CourseReturnTable;
  audit_log: AuditLogTable;
  staff: StaffTable;
  staff_options: StaffOptionsTable;
  change_log: ChangeLogTable;
  settings_version: SettingsVersionTable;
}
