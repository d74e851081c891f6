-- extensions
btree_gist
unaccent

-- table appointment_types
id integer NOT NULL IDENTITY BY DEFAULT
code text NULL
name text NOT NULL
duration_minutes integer NOT NULL
active integer NOT NULL DEFAULT 1
row_version integer NOT NULL DEFAULT 1
updated_by integer NULL
changed_at text NULL

-- table appointments
id integer NOT NULL IDENTITY BY DEFAULT
clinician_id integer NOT NULL
patient_id integer NOT NULL
type_id integer NOT NULL
starts_at bigint NOT NULL
ends_at bigint NOT NULL
status text NOT NULL DEFAULT 'booked'::text
recall_id integer NULL
plan_reason text NULL
plan_ref text NULL
note text NOT NULL DEFAULT ''::text
cancel_reason text NOT NULL DEFAULT ''::text
created_at text NOT NULL
updated_at text NOT NULL
row_version integer NOT NULL DEFAULT 1
updated_by integer NULL
changed_at text NULL

-- table assessment_revisions
id integer NOT NULL IDENTITY BY DEFAULT
assessment_id integer NOT NULL
revision integer NOT NULL
data text NOT NULL
replaced_at text NOT NULL

-- table assessments
id integer NOT NULL IDENTITY BY DEFAULT
patient_id integer NOT NULL
clinician_id integer NOT NULL
assessed_on text NOT NULL
left_degree integer NOT NULL
left_method text NULL
left_flexible text NOT NULL
left_heel_angle double precision NULL
right_degree integer NOT NULL
right_method text NULL
right_flexible text NOT NULL
right_heel_angle double precision NULL
red_flags text NOT NULL DEFAULT '[]'::text
weight_kg double precision NULL
height_cm double precision NULL
overweight integer NOT NULL DEFAULT 0
notes text NOT NULL DEFAULT ''::text
created_at text NOT NULL
updated_at text NOT NULL
row_version integer NOT NULL DEFAULT 1
updated_by integer NULL
changed_at text NULL

-- table audit_log
id integer NOT NULL
at text NOT NULL
user_id integer NULL
user_name text NULL
user_role text NULL
channel text NOT NULL
action text NOT NULL
patient_id integer NULL
record_kind text NULL
record_id integer NULL
outcome text NOT NULL
prev_hash text NOT NULL
hash text NOT NULL
db_user text NOT NULL DEFAULT SESSION_USER

-- table booklet_files
sha256 text NOT NULL
bytes bytea NOT NULL
created_at text NOT NULL

-- table booklets
id integer NOT NULL IDENTITY BY DEFAULT
patient_id integer NOT NULL
created_at text NOT NULL
action text NOT NULL
kind text NOT NULL
language text NOT NULL
paper text NOT NULL
pages integer NOT NULL
size_bytes integer NOT NULL
sha256 text NOT NULL
plan_engine_version integer NOT NULL
content_version text NOT NULL
request text NOT NULL
reprint_of integer NULL
care_plan_id integer NULL
reissue_of integer NULL

-- table care_plans
id integer NOT NULL IDENTITY BY DEFAULT
patient_id integer NOT NULL
assessment_id integer NULL
clinician_id integer NULL
previous_id integer NULL
mode text NOT NULL
current integer NOT NULL
kind text NOT NULL
start_date text NOT NULL
end_date text NULL
engine_version integer NOT NULL
choices text NOT NULL
plan text NOT NULL
created_at text NOT NULL
superseded_at text NULL

-- table change_log
id bigint NOT NULL IDENTITY BY DEFAULT
at text NOT NULL DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text)
table_name text NOT NULL
row_id bigint NULL
patient_id bigint NULL
op text NOT NULL
tx xid8 NOT NULL DEFAULT pg_current_xact_id()

-- table clinicians
id integer NOT NULL IDENTITY BY DEFAULT
name text NOT NULL
title text NOT NULL
phone text NOT NULL DEFAULT ''::text
active integer NOT NULL DEFAULT 1
created_at text NOT NULL
row_version integer NOT NULL DEFAULT 1
updated_by integer NULL
changed_at text NULL

-- table closed_days
id integer NOT NULL IDENTITY BY DEFAULT
clinician_id integer NULL
from_date text NOT NULL
to_date text NOT NULL
label text NOT NULL DEFAULT ''::text

-- table course_returns
id integer NOT NULL IDENTITY BY DEFAULT
patient_id integer NOT NULL
plan_start text NOT NULL
course integer NOT NULL
care_plan_id integer NULL
entry text NOT NULL
entered_by text NOT NULL
entered_at text NOT NULL

-- table guardians
id integer NOT NULL IDENTITY BY DEFAULT
patient_id integer NOT NULL
position integer NOT NULL
name text NOT NULL
phone text NOT NULL
relationship text NOT NULL DEFAULT 'other'::text
email text NOT NULL DEFAULT ''::text
preferred_language text NOT NULL DEFAULT 'en'::text
contact_consent integer NOT NULL DEFAULT 0
phone_digits text NOT NULL DEFAULT ''::text
phone_e164 text NULL

-- table patient_search
rowid bigint NOT NULL
names text NOT NULL DEFAULT ''::text
guardians text NOT NULL DEFAULT ''::text
phones text NOT NULL DEFAULT ''::text

-- table patient_search_prefixes
prefix text NOT NULL COLLATE C
rowid bigint NOT NULL

-- table patients
id integer NOT NULL IDENTITY BY DEFAULT
first_name text NOT NULL
last_name text NOT NULL
date_of_birth text NOT NULL
sex text NOT NULL
sort_key text NOT NULL COLLATE C
sort_rank bigint NOT NULL
created_at text NOT NULL
updated_at text NOT NULL
notes text NOT NULL DEFAULT ''::text
archived_at text NULL
middle_name text NOT NULL DEFAULT ''::text
row_version integer NOT NULL DEFAULT 1
updated_by integer NULL
changed_at text NULL

-- table recall_contacts
id integer NOT NULL IDENTITY BY DEFAULT
patient_id integer NOT NULL
recall_id integer NULL
contacted_on text NOT NULL
outcome text NOT NULL
note text NOT NULL DEFAULT ''::text
created_at text NOT NULL

-- table recalls
id integer NOT NULL IDENTITY BY DEFAULT
patient_id integer NOT NULL
clinician_id integer NULL
due_on text NOT NULL
reason text NOT NULL
source text NOT NULL
plan_ref text NULL
resolved_at text NULL
resolution text NULL
resolved_by integer NULL
booked_until bigint NULL
created_at text NOT NULL
care_plan_id integer NULL
course integer NULL

-- table schema_migrations
version integer NOT NULL
name text NOT NULL
applied_at text NOT NULL

-- table server_audit
id bigint NOT NULL IDENTITY ALWAYS
at text NOT NULL DEFAULT to_char((clock_timestamp() AT TIME ZONE 'UTC'::text), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'::text)
db_user text NOT NULL DEFAULT SESSION_USER
transaction_id bigint NOT NULL DEFAULT txid_current()
table_name text NOT NULL
operation text NOT NULL
row_id integer NULL
patient_id integer NULL

-- table server_releases
schema_version integer NOT NULL
app_version text NOT NULL
recorded_at text NOT NULL

-- table settings
key text NOT NULL
value text NOT NULL

-- table settings_version
id integer NOT NULL
row_version integer NOT NULL DEFAULT 1
updated_by integer NULL
changed_at text NULL

-- table staff
id integer NOT NULL IDENTITY BY DEFAULT
name text NOT NULL
username text NOT NULL
username_folded text NOT NULL COLLATE C
role text NOT NULL
password_hash text NOT NULL
recovery_hash text NULL
active integer NOT NULL DEFAULT 1
created_at text NOT NULL

-- table staff_options
id integer NOT NULL
idle_lock_minutes integer NOT NULL DEFAULT 5

-- table working_hours
id integer NOT NULL IDENTITY BY DEFAULT
clinician_id integer NOT NULL
weekday integer NOT NULL
start_minute integer NOT NULL
end_minute integer NOT NULL

-- constraints
appointment_types.appointment_types_active_check: CHECK ((active = ANY (ARRAY[0, 1])))
appointment_types.appointment_types_code_check: CHECK ((code = ANY (ARRAY['first_assessment'::text, 'follow_up'::text, 'technique_check'::text])))
appointment_types.appointment_types_code_key: UNIQUE (code)
appointment_types.appointment_types_duration_minutes_check: CHECK (((duration_minutes >= 5) AND (duration_minutes <= 480)))
appointment_types.appointment_types_name_check: CHECK (((length(name) >= 1) AND (length(name) <= 80)))
appointment_types.appointment_types_pkey: PRIMARY KEY (id)
appointment_types.appointment_types_row_version_check: CHECK ((row_version >= 1))
appointment_types.appointment_types_updated_by_fkey: FOREIGN KEY (updated_by) REFERENCES staff(id)
appointments.appointments_check: CHECK (((ends_at > starts_at) AND ((ends_at - starts_at) <= (480 * 60000))))
appointments.appointments_clinician_id_fkey: FOREIGN KEY (clinician_id) REFERENCES clinicians(id)
appointments.appointments_no_double_booking: EXCLUDE USING gist (clinician_id WITH =, int8range(starts_at, ends_at) WITH &&) WHERE ((status = ANY (ARRAY['booked'::text, 'attended'::text])))
appointments.appointments_note_check: CHECK ((length(note) <= 500))
appointments.appointments_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
appointments.appointments_pkey: PRIMARY KEY (id)
appointments.appointments_plan_reason_check: CHECK ((plan_reason = ANY (ARRAY['after_course'::text, 'every_months'::text, 'end_of_horizon'::text, 'manual'::text])))
appointments.appointments_recall_id_fkey: FOREIGN KEY (recall_id) REFERENCES recalls(id) ON DELETE SET NULL
appointments.appointments_row_version_check: CHECK ((row_version >= 1))
appointments.appointments_status_check: CHECK ((status = ANY (ARRAY['booked'::text, 'attended'::text, 'no_show'::text, 'cancelled'::text])))
appointments.appointments_type_id_fkey: FOREIGN KEY (type_id) REFERENCES appointment_types(id)
appointments.appointments_updated_by_fkey: FOREIGN KEY (updated_by) REFERENCES staff(id)
assessment_revisions.assessment_revisions_assessment_id_fkey: FOREIGN KEY (assessment_id) REFERENCES assessments(id) ON DELETE CASCADE
assessment_revisions.assessment_revisions_assessment_id_revision_key: UNIQUE (assessment_id, revision)
assessment_revisions.assessment_revisions_data_check: CHECK (json_valid(data))
assessment_revisions.assessment_revisions_pkey: PRIMARY KEY (id)
assessment_revisions.assessment_revisions_revision_check: CHECK ((revision >= 1))
assessments.assessments_assessed_on_check: CHECK ((assessed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
assessments.assessments_check: CHECK (((left_degree = 0) OR (left_method IS NOT NULL)))
assessments.assessments_check1: CHECK (((right_degree = 0) OR (right_method IS NOT NULL)))
assessments.assessments_clinician_id_fkey: FOREIGN KEY (clinician_id) REFERENCES clinicians(id)
assessments.assessments_left_degree_check: CHECK (((left_degree >= 0) AND (left_degree <= 4)))
assessments.assessments_left_flexible_check: CHECK ((left_flexible = ANY (ARRAY['yes'::text, 'no'::text, 'unknown'::text])))
assessments.assessments_left_heel_angle_check: CHECK (((left_heel_angle >= (0)::double precision) AND (left_heel_angle <= (45)::double precision)))
assessments.assessments_left_method_check: CHECK ((left_method = ANY (ARRAY['heel_angle'::text, 'plantography'::text, 'xray'::text, 'clinical'::text, 'other'::text])))
assessments.assessments_overweight_check: CHECK ((overweight = ANY (ARRAY[0, 1])))
assessments.assessments_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
assessments.assessments_pkey: PRIMARY KEY (id)
assessments.assessments_red_flags_check: CHECK (json_valid(red_flags))
assessments.assessments_right_degree_check: CHECK (((right_degree >= 0) AND (right_degree <= 4)))
assessments.assessments_right_flexible_check: CHECK ((right_flexible = ANY (ARRAY['yes'::text, 'no'::text, 'unknown'::text])))
assessments.assessments_right_heel_angle_check: CHECK (((right_heel_angle >= (0)::double precision) AND (right_heel_angle <= (45)::double precision)))
assessments.assessments_right_method_check: CHECK ((right_method = ANY (ARRAY['heel_angle'::text, 'plantography'::text, 'xray'::text, 'clinical'::text, 'other'::text])))
assessments.assessments_row_version_check: CHECK ((row_version >= 1))
assessments.assessments_updated_by_fkey: FOREIGN KEY (updated_by) REFERENCES staff(id)
audit_log.audit_log_action_check: CHECK ((action = ANY (ARRAY['read'::text, 'change'::text, 'erase'::text, 'sign-in'::text, 'sign-out'::text, 'other'::text])))
audit_log.audit_log_at_check: CHECK (((length(at) >= 20) AND (length(at) <= 30)))
audit_log.audit_log_channel_check: CHECK (((length(channel) >= 1) AND (length(channel) <= 80)))
audit_log.audit_log_hash_check: CHECK ((length(hash) = 64))
audit_log.audit_log_hash_key: UNIQUE (hash)
audit_log.audit_log_outcome_check: CHECK ((outcome = ANY (ARRAY['ok'::text, 'refused'::text, 'denied'::text, 'error'::text])))
audit_log.audit_log_pkey: PRIMARY KEY (id)
audit_log.audit_log_prev_hash_check: CHECK ((length(prev_hash) = 64))
audit_log.audit_log_record_kind_check: CHECK ((length(record_kind) <= 40))
audit_log.audit_log_user_name_check: CHECK ((length(user_name) <= 120))
audit_log.audit_log_user_role_check: CHECK ((user_role = ANY (ARRAY['admin'::text, 'clinician'::text, 'receptionist'::text])))
booklet_files.booklet_files_pkey: PRIMARY KEY (sha256)
booklet_files.booklet_files_sha256_check: CHECK ((length(sha256) = 64))
booklets.booklets_action_check: CHECK ((action = ANY (ARRAY['print'::text, 'save'::text, 'open'::text, 'download'::text])))
booklets.booklets_care_plan_id_fkey: FOREIGN KEY (care_plan_id) REFERENCES care_plans(id)
booklets.booklets_kind_check: CHECK ((kind = ANY (ARRAY['information'::text, 'specialist_care'::text, 'full'::text])))
booklets.booklets_language_check: CHECK ((language = ANY (ARRAY['en'::text, 'ru'::text])))
booklets.booklets_pages_check: CHECK ((pages > 0))
booklets.booklets_paper_check: CHECK ((paper = ANY (ARRAY['A4'::text, 'Letter'::text])))
booklets.booklets_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
booklets.booklets_pkey: PRIMARY KEY (id)
booklets.booklets_reissue_of_fkey: FOREIGN KEY (reissue_of) REFERENCES booklets(id)
booklets.booklets_reprint_of_fkey: FOREIGN KEY (reprint_of) REFERENCES booklets(id)
booklets.booklets_request_check: CHECK (json_valid(request))
booklets.booklets_sha256_check: CHECK ((length(sha256) = 64))
booklets.booklets_size_bytes_check: CHECK ((size_bytes > 0))
care_plans.care_plans_assessment_id_fkey: FOREIGN KEY (assessment_id) REFERENCES assessments(id)
care_plans.care_plans_check: CHECK (((current = 1) = (superseded_at IS NULL)))
care_plans.care_plans_choices_check: CHECK (json_valid(choices))
care_plans.care_plans_clinician_id_fkey: FOREIGN KEY (clinician_id) REFERENCES clinicians(id)
care_plans.care_plans_current_check: CHECK ((current = ANY (ARRAY[0, 1])))
care_plans.care_plans_end_date_check: CHECK ((end_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
care_plans.care_plans_kind_check: CHECK ((kind = ANY (ARRAY['information'::text, 'specialist_care'::text, 'full'::text])))
care_plans.care_plans_mode_check: CHECK ((mode = ANY (ARRAY['new'::text, 'continue'::text])))
care_plans.care_plans_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
care_plans.care_plans_pkey: PRIMARY KEY (id)
care_plans.care_plans_plan_check: CHECK (json_valid(plan))
care_plans.care_plans_previous_id_fkey: FOREIGN KEY (previous_id) REFERENCES care_plans(id)
care_plans.care_plans_start_date_check: CHECK ((start_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
change_log.change_log_op_check: CHECK ((op = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text])))
change_log.change_log_pkey: PRIMARY KEY (id)
clinicians.clinicians_active_check: CHECK ((active = ANY (ARRAY[0, 1])))
clinicians.clinicians_name_check: CHECK (((length(name) >= 1) AND (length(name) <= 120)))
clinicians.clinicians_pkey: PRIMARY KEY (id)
clinicians.clinicians_row_version_check: CHECK ((row_version >= 1))
clinicians.clinicians_updated_by_fkey: FOREIGN KEY (updated_by) REFERENCES staff(id)
closed_days.closed_days_check: CHECK ((from_date <= to_date))
closed_days.closed_days_clinician_id_fkey: FOREIGN KEY (clinician_id) REFERENCES clinicians(id) ON DELETE CASCADE
closed_days.closed_days_from_date_check: CHECK ((from_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
closed_days.closed_days_pkey: PRIMARY KEY (id)
closed_days.closed_days_to_date_check: CHECK ((to_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
course_returns.course_returns_care_plan_id_fkey: FOREIGN KEY (care_plan_id) REFERENCES care_plans(id) ON DELETE SET NULL
course_returns.course_returns_course_check: CHECK (((course >= 1) AND (course <= 99)))
course_returns.course_returns_entered_by_check: CHECK (((length(entered_by) >= 1) AND (length(entered_by) <= 120)))
course_returns.course_returns_entry_check: CHECK (json_valid(entry))
course_returns.course_returns_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
course_returns.course_returns_pkey: PRIMARY KEY (id)
course_returns.course_returns_plan_start_check: CHECK ((plan_start ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
guardians.guardians_contact_consent_check: CHECK ((contact_consent = ANY (ARRAY[0, 1])))
guardians.guardians_name_check: CHECK (((length(name) >= 1) AND (length(name) <= 120)))
guardians.guardians_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
guardians.guardians_patient_id_position_key: UNIQUE (patient_id, "position")
guardians.guardians_phone_e164_check: CHECK (((phone_e164 ~ '^[+][1-9][0-9]*$'::text) AND (length(phone_e164) <= 16)))
guardians.guardians_pkey: PRIMARY KEY (id)
guardians.guardians_position_check: CHECK (("position" >= 0))
guardians.guardians_preferred_language_check: CHECK ((preferred_language = ANY (ARRAY['en'::text, 'ru'::text])))
guardians.guardians_relationship_check: CHECK ((relationship = ANY (ARRAY['mother'::text, 'father'::text, 'grandparent'::text, 'carer'::text, 'other'::text])))
patient_search.patient_search_pkey: PRIMARY KEY (rowid)
patient_search_prefixes.patient_search_prefixes_pkey: PRIMARY KEY (prefix, rowid)
patients.patients_date_of_birth_check: CHECK ((date_of_birth ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
patients.patients_first_name_check: CHECK (((length(first_name) >= 1) AND (length(first_name) <= 80)))
patients.patients_last_name_check: CHECK (((length(last_name) >= 1) AND (length(last_name) <= 80)))
patients.patients_middle_name_check: CHECK ((length(middle_name) <= 80))
patients.patients_pkey: PRIMARY KEY (id)
patients.patients_row_version_check: CHECK ((row_version >= 1))
patients.patients_sex_check: CHECK ((sex = ANY (ARRAY['female'::text, 'male'::text])))
patients.patients_sort_rank_key: UNIQUE (sort_rank)
patients.patients_updated_by_fkey: FOREIGN KEY (updated_by) REFERENCES staff(id)
recall_contacts.recall_contacts_contacted_on_check: CHECK ((contacted_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
recall_contacts.recall_contacts_note_check: CHECK ((length(note) <= 500))
recall_contacts.recall_contacts_outcome_check: CHECK ((outcome = ANY (ARRAY['reached'::text, 'no_answer'::text, 'left_message'::text, 'declined'::text, 'booked'::text])))
recall_contacts.recall_contacts_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
recall_contacts.recall_contacts_pkey: PRIMARY KEY (id)
recall_contacts.recall_contacts_recall_id_fkey: FOREIGN KEY (recall_id) REFERENCES recalls(id) ON DELETE SET NULL
recalls.recalls_care_plan_id_fkey: FOREIGN KEY (care_plan_id) REFERENCES care_plans(id) ON DELETE SET NULL
recalls.recalls_check: CHECK (((resolved_at IS NULL) = (resolution IS NULL)))
recalls.recalls_clinician_id_fkey: FOREIGN KEY (clinician_id) REFERENCES clinicians(id)
recalls.recalls_course_check: CHECK (((course >= 1) AND (course <= 99)))
recalls.recalls_due_on_check: CHECK ((due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
recalls.recalls_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
recalls.recalls_pkey: PRIMARY KEY (id)
recalls.recalls_reason_check: CHECK ((reason = ANY (ARRAY['after_course'::text, 'every_months'::text, 'end_of_horizon'::text, 'manual'::text])))
recalls.recalls_resolution_check: CHECK ((resolution = ANY (ARRAY['attended'::text, 'declined'::text])))
recalls.recalls_source_check: CHECK ((source = ANY (ARRAY['plan'::text, 'manual'::text])))
schema_migrations.schema_migrations_pkey: PRIMARY KEY (version)
server_audit.server_audit_operation_check: CHECK ((operation = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text])))
server_audit.server_audit_pkey: PRIMARY KEY (id)
server_releases.server_releases_app_version_check: CHECK (((length(app_version) >= 1) AND (length(app_version) <= 40)))
server_releases.server_releases_pkey: PRIMARY KEY (schema_version)
settings.settings_pkey: PRIMARY KEY (key)
settings_version.settings_version_id_check: CHECK ((id = 1))
settings_version.settings_version_pkey: PRIMARY KEY (id)
settings_version.settings_version_row_version_check: CHECK ((row_version >= 1))
settings_version.settings_version_updated_by_fkey: FOREIGN KEY (updated_by) REFERENCES staff(id)
staff.staff_active_check: CHECK ((active = ANY (ARRAY[0, 1])))
staff.staff_name_check: CHECK (((length(name) >= 1) AND (length(name) <= 120)))
staff.staff_pkey: PRIMARY KEY (id)
staff.staff_role_check: CHECK ((role = ANY (ARRAY['admin'::text, 'clinician'::text, 'receptionist'::text])))
staff.staff_username_check: CHECK (((length(username) >= 1) AND (length(username) <= 40)))
staff.staff_username_folded_key: UNIQUE (username_folded)
staff_options.staff_options_id_check: CHECK ((id = 1))
staff_options.staff_options_idle_lock_minutes_check: CHECK (((idle_lock_minutes >= 1) AND (idle_lock_minutes <= 240)))
staff_options.staff_options_pkey: PRIMARY KEY (id)
working_hours.working_hours_check: CHECK ((start_minute < end_minute))
working_hours.working_hours_clinician_id_fkey: FOREIGN KEY (clinician_id) REFERENCES clinicians(id) ON DELETE CASCADE
working_hours.working_hours_end_minute_check: CHECK (((end_minute >= 1) AND (end_minute <= 1440)))
working_hours.working_hours_pkey: PRIMARY KEY (id)
working_hours.working_hours_start_minute_check: CHECK (((start_minute >= 0) AND (start_minute <= 1439)))
working_hours.working_hours_weekday_check: CHECK (((weekday >= 1) AND (weekday <= 7)))

-- indexes
appointment_types_code_key: CREATE UNIQUE INDEX appointment_types_code_key ON public.appointment_types USING btree (code)
appointment_types_pkey: CREATE UNIQUE INDEX appointment_types_pkey ON public.appointment_types USING btree (id)
appointments_clinician: CREATE INDEX appointments_clinician ON public.appointments USING btree (clinician_id, starts_at, ends_at, status, patient_id, type_id, plan_reason, row_version) INCLUDE (id)
appointments_no_double_booking: CREATE INDEX appointments_no_double_booking ON public.appointments USING gist (clinician_id, int8range(starts_at, ends_at)) WHERE (status = ANY (ARRAY['booked'::text, 'attended'::text]))
appointments_patient: CREATE INDEX appointments_patient ON public.appointments USING btree (patient_id, starts_at, status)
appointments_pkey: CREATE UNIQUE INDEX appointments_pkey ON public.appointments USING btree (id)
appointments_recall: CREATE INDEX appointments_recall ON public.appointments USING btree (recall_id) WHERE (recall_id IS NOT NULL)
appointments_start: CREATE INDEX appointments_start ON public.appointments USING btree (starts_at, ends_at, status, clinician_id, patient_id, type_id, plan_reason, row_version) INCLUDE (id)
assessment_revisions_assessment_id_revision_key: CREATE UNIQUE INDEX assessment_revisions_assessment_id_revision_key ON public.assessment_revisions USING btree (assessment_id, revision)
assessment_revisions_pkey: CREATE UNIQUE INDEX assessment_revisions_pkey ON public.assessment_revisions USING btree (id)
assessments_patient: CREATE INDEX assessments_patient ON public.assessments USING btree (patient_id, assessed_on)
assessments_pkey: CREATE UNIQUE INDEX assessments_pkey ON public.assessments USING btree (id)
audit_log_at: CREATE INDEX audit_log_at ON public.audit_log USING btree (at)
audit_log_hash_key: CREATE UNIQUE INDEX audit_log_hash_key ON public.audit_log USING btree (hash)
audit_log_patient: CREATE INDEX audit_log_patient ON public.audit_log USING btree (patient_id, id)
audit_log_pkey: CREATE UNIQUE INDEX audit_log_pkey ON public.audit_log USING btree (id)
audit_log_user: CREATE INDEX audit_log_user ON public.audit_log USING btree (user_id, id)
booklet_files_pkey: CREATE UNIQUE INDEX booklet_files_pkey ON public.booklet_files USING btree (sha256)
booklets_patient: CREATE INDEX booklets_patient ON public.booklets USING btree (patient_id, created_at)
booklets_pkey: CREATE UNIQUE INDEX booklets_pkey ON public.booklets USING btree (id)
care_plans_current: CREATE UNIQUE INDEX care_plans_current ON public.care_plans USING btree (patient_id) WHERE (current = 1)
care_plans_patient: CREATE INDEX care_plans_patient ON public.care_plans USING btree (patient_id, id)
care_plans_pkey: CREATE UNIQUE INDEX care_plans_pkey ON public.care_plans USING btree (id)
change_log_pkey: CREATE UNIQUE INDEX change_log_pkey ON public.change_log USING btree (id)
change_log_tx: CREATE INDEX change_log_tx ON public.change_log USING btree (tx)
clinicians_pkey: CREATE UNIQUE INDEX clinicians_pkey ON public.clinicians USING btree (id)
closed_days_pkey: CREATE UNIQUE INDEX closed_days_pkey ON public.closed_days USING btree (id)
closed_days_to: CREATE INDEX closed_days_to ON public.closed_days USING btree (to_date)
course_returns_course: CREATE INDEX course_returns_course ON public.course_returns USING btree (patient_id, plan_start, course, id)
course_returns_pkey: CREATE UNIQUE INDEX course_returns_pkey ON public.course_returns USING btree (id)
guardians_patient_id_position_key: CREATE UNIQUE INDEX guardians_patient_id_position_key ON public.guardians USING btree (patient_id, "position")
guardians_phone_digits: CREATE INDEX guardians_phone_digits ON public.guardians USING btree (phone_digits) WHERE (phone_digits <> ''::text)
guardians_pkey: CREATE UNIQUE INDEX guardians_pkey ON public.guardians USING btree (id)
patient_search_pkey: CREATE UNIQUE INDEX patient_search_pkey ON public.patient_search USING btree (rowid)
patient_search_prefixes_pkey: CREATE UNIQUE INDEX patient_search_prefixes_pkey ON public.patient_search_prefixes USING btree (prefix, rowid)
patients_archived: CREATE INDEX patients_archived ON public.patients USING btree (id) WHERE (archived_at IS NOT NULL)
patients_diary_names: CREATE INDEX patients_diary_names ON public.patients USING btree (id) INCLUDE (first_name, last_name)
patients_pkey: CREATE UNIQUE INDEX patients_pkey ON public.patients USING btree (id)
patients_sort_key: CREATE INDEX patients_sort_key ON public.patients USING btree (sort_key)
patients_sort_rank_key: CREATE UNIQUE INDEX patients_sort_rank_key ON public.patients USING btree (sort_rank)
recall_contacts_patient: CREATE INDEX recall_contacts_patient ON public.recall_contacts USING btree (patient_id, contacted_on)
recall_contacts_pkey: CREATE UNIQUE INDEX recall_contacts_pkey ON public.recall_contacts USING btree (id)
recall_contacts_recall: CREATE INDEX recall_contacts_recall ON public.recall_contacts USING btree (recall_id) WHERE (recall_id IS NOT NULL)
recalls_care_plan: CREATE INDEX recalls_care_plan ON public.recalls USING btree (care_plan_id) WHERE (care_plan_id IS NOT NULL)
recalls_due: CREATE INDEX recalls_due ON public.recalls USING btree (due_on, patient_id, clinician_id, booked_until) WHERE (resolved_at IS NULL)
recalls_open: CREATE INDEX recalls_open ON public.recalls USING btree (patient_id, due_on, clinician_id, booked_until, resolved_at) WHERE (resolved_at IS NULL)
recalls_patient: CREATE INDEX recalls_patient ON public.recalls USING btree (patient_id, due_on)
recalls_pkey: CREATE UNIQUE INDEX recalls_pkey ON public.recalls USING btree (id)
schema_migrations_pkey: CREATE UNIQUE INDEX schema_migrations_pkey ON public.schema_migrations USING btree (version)
server_audit_patient: CREATE INDEX server_audit_patient ON public.server_audit USING btree (patient_id, id)
server_audit_pkey: CREATE UNIQUE INDEX server_audit_pkey ON public.server_audit USING btree (id)
server_audit_user: CREATE INDEX server_audit_user ON public.server_audit USING btree (db_user, id)
server_releases_pkey: CREATE UNIQUE INDEX server_releases_pkey ON public.server_releases USING btree (schema_version)
settings_pkey: CREATE UNIQUE INDEX settings_pkey ON public.settings USING btree (key)
settings_version_pkey: CREATE UNIQUE INDEX settings_version_pkey ON public.settings_version USING btree (id)
staff_pkey: CREATE UNIQUE INDEX staff_pkey ON public.staff USING btree (id)
staff_username_folded_key: CREATE UNIQUE INDEX staff_username_folded_key ON public.staff USING btree (username_folded)
staff_options_pkey: CREATE UNIQUE INDEX staff_options_pkey ON public.staff_options USING btree (id)
working_hours_clinician: CREATE INDEX working_hours_clinician ON public.working_hours USING btree (clinician_id, weekday, start_minute)
working_hours_pkey: CREATE UNIQUE INDEX working_hours_pkey ON public.working_hours USING btree (id)

-- triggers
CREATE TRIGGER appointment_types_log_delete AFTER DELETE ON public.appointment_types FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER appointment_types_log_insert AFTER INSERT ON public.appointment_types FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER appointment_types_log_update AFTER UPDATE ON public.appointment_types FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER appointments_log_delete AFTER DELETE ON public.appointments FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER appointments_log_insert AFTER INSERT ON public.appointments FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER appointments_log_update AFTER UPDATE ON public.appointments FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.appointments FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.assessment_revisions FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER assessments_log_delete AFTER DELETE ON public.assessments FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER assessments_log_insert AFTER INSERT ON public.assessments FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER assessments_log_update AFTER UPDATE ON public.assessments FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.assessments FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON public.audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_stamp()
CREATE TRIGGER booklets_log_delete AFTER DELETE ON public.booklets FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER booklets_log_insert AFTER INSERT ON public.booklets FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER booklets_log_update AFTER UPDATE ON public.booklets FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.booklets FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER care_plans_log_delete AFTER DELETE ON public.care_plans FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER care_plans_log_insert AFTER INSERT ON public.care_plans FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER care_plans_log_update AFTER UPDATE ON public.care_plans FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.care_plans FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER clinicians_log_delete AFTER DELETE ON public.clinicians FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER clinicians_log_insert AFTER INSERT ON public.clinicians FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER clinicians_log_update AFTER UPDATE ON public.clinicians FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER closed_days_log_delete AFTER DELETE ON public.closed_days FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER closed_days_log_insert AFTER INSERT ON public.closed_days FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER closed_days_log_update AFTER UPDATE ON public.closed_days FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER course_returns_log_delete AFTER DELETE ON public.course_returns FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER course_returns_log_insert AFTER INSERT ON public.course_returns FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER course_returns_log_update AFTER UPDATE ON public.course_returns FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.course_returns FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER guardians_log_delete AFTER DELETE ON public.guardians FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER guardians_log_insert AFTER INSERT ON public.guardians FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER guardians_log_update AFTER UPDATE ON public.guardians FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.guardians FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER patient_search_delete AFTER DELETE ON public.patient_search REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_removed()
CREATE TRIGGER patient_search_insert AFTER INSERT ON public.patient_search REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_added()
CREATE TRIGGER patient_search_update_1_remove AFTER UPDATE ON public.patient_search REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_removed()
CREATE TRIGGER patient_search_update_2_add AFTER UPDATE ON public.patient_search REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION valgo_patient_search_added()
CREATE TRIGGER patient_search_words BEFORE INSERT OR UPDATE ON public.patient_search FOR EACH ROW EXECUTE FUNCTION valgo_patient_search_words()
CREATE TRIGGER patients_log_delete AFTER DELETE ON public.patients FOR EACH ROW EXECUTE FUNCTION valgo_log_change('id')
CREATE TRIGGER patients_log_insert AFTER INSERT ON public.patients FOR EACH ROW EXECUTE FUNCTION valgo_log_change('id')
CREATE TRIGGER patients_log_update AFTER UPDATE OF first_name, middle_name, last_name, date_of_birth, sex, sort_key, notes, archived_at, updated_at ON public.patients FOR EACH ROW EXECUTE FUNCTION valgo_log_change('id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.patients FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER recall_contacts_log_delete AFTER DELETE ON public.recall_contacts FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER recall_contacts_log_insert AFTER INSERT ON public.recall_contacts FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER recall_contacts_log_update AFTER UPDATE ON public.recall_contacts FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.recall_contacts FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER recalls_log_delete AFTER DELETE ON public.recalls FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER recalls_log_insert AFTER INSERT ON public.recalls FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER recalls_log_update AFTER UPDATE ON public.recalls FOR EACH ROW EXECUTE FUNCTION valgo_log_change('patient_id')
CREATE TRIGGER server_audit AFTER INSERT OR DELETE OR UPDATE ON public.recalls FOR EACH ROW EXECUTE FUNCTION valgo_server_audit()
CREATE TRIGGER server_audit_no_delete BEFORE DELETE ON public.server_audit FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER server_audit_no_truncate BEFORE TRUNCATE ON public.server_audit FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER server_audit_no_update BEFORE UPDATE ON public.server_audit FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER settings_log_delete AFTER DELETE ON public.settings FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER settings_log_insert AFTER INSERT ON public.settings FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER settings_log_update AFTER UPDATE ON public.settings FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER staff_log_delete AFTER DELETE ON public.staff FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER staff_log_insert AFTER INSERT ON public.staff FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER staff_log_update AFTER UPDATE ON public.staff FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER staff_options_log_delete AFTER DELETE ON public.staff_options FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER staff_options_log_insert AFTER INSERT ON public.staff_options FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER staff_options_log_update AFTER UPDATE ON public.staff_options FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER working_hours_log_delete AFTER DELETE ON public.working_hours FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER working_hours_log_insert AFTER INSERT ON public.working_hours FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')
CREATE TRIGGER working_hours_log_update AFTER UPDATE ON public.working_hours FOR EACH ROW EXECUTE FUNCTION valgo_log_change('')

-- functions
CREATE OR REPLACE FUNCTION public.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'restrict_violation'; END $function$
CREATE OR REPLACE FUNCTION public.audit_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN NEW.db_user := session_user; RETURN NEW; END $function$
CREATE OR REPLACE FUNCTION public.json_valid(input text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $function$ BEGIN PERFORM input::json; RETURN TRUE; EXCEPTION WHEN invalid_text_representation THEN RETURN FALSE; END $function$
CREATE OR REPLACE FUNCTION public.valgo_add_staff(login text, full_name text, verifier text, staff_role text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ DECLARE new_id INTEGER; BEGIN IF login IS NULL OR login !~ '^[a-z][a-z0-9_]{1,39}$' OR login LIKE 'pg\_%' THEN RAISE EXCEPTION 'login: not a valid login name' USING ERRCODE = 'invalid_parameter_value'; END IF; IF staff_role IS NULL OR staff_role NOT IN ('admin', 'clinician', 'receptionist') THEN RAISE EXCEPTION 'role: not a staff role' USING ERRCODE = 'invalid_parameter_value'; END IF; IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN RAISE EXCEPTION 'password: a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value'; END IF; IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) OR EXISTS (SELECT 1 FROM staff WHERE username_folded = login) THEN RAISE EXCEPTION 'login: already in use' USING ERRCODE = 'duplicate_object'; END IF; EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier); EXECUTE format('GRANT %I TO %I', current_database() || '_' || staff_role, login); INSERT INTO staff (name, username, username_folded, role, password_hash, created_at) VALUES (full_name, login, login, staff_role, 'server-login', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) RETURNING id INTO new_id; RETURN new_id; END $function$
CREATE OR REPLACE FUNCTION public.valgo_booklet_copy(booklet_id integer) RETURNS TABLE(id integer, patient_id integer, language text, pages integer, sha256 text, child text, generated_at text, bytes bytea) LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ SELECT b.id, b.patient_id, b.language, b.pages, b.sha256, (b.request::json->'child')::text, b.request::json->>'generatedAt', f.bytes FROM booklets b LEFT JOIN booklet_files f ON f.sha256 = b.sha256 WHERE b.id = booklet_id $function$
CREATE OR REPLACE FUNCTION public.valgo_card_plan(child integer) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ SELECT json_build_object( 'courses', coalesce((SELECT json_agg(json_build_object('start', c->>'startDate', 'end', c->>'endDate') ORDER BY n) FROM json_array_elements(CASE WHEN json_typeof(p.plan::json->'calendar'->'courses') = 'array' THEN p.plan::json->'calendar'->'courses' END) WITH ORDINALITY AS e(c, n)), '[]'), 'breaks', coalesce((SELECT json_agg(json_build_object('start', c->>'startDate', 'end', c->>'endDate') ORDER BY n) FROM json_array_elements(CASE WHEN json_typeof(p.plan::json->'calendar'->'breaks') = 'array' THEN p.plan::json->'calendar'->'breaks' END) WITH ORDINALITY AS e(c, n)), '[]'))::text FROM booklets b JOIN care_plans p ON p.id = b.care_plan_id WHERE b.id = (SELECT l.id FROM booklets l WHERE l.patient_id = child ORDER BY l.created_at DESC, l.id DESC LIMIT 1) $function$
CREATE OR REPLACE FUNCTION public.valgo_end_sessions(login text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ DECLARE ended TEXT[] := '{}'; pids INTEGER[] := '{}'; b RECORD; BEGIN IF login IS NULL OR NOT EXISTS (SELECT 1 FROM staff WHERE username_folded = login) THEN RAISE EXCEPTION 'login: no such member of staff' USING ERRCODE = 'no_data_found'; END IF; IF login = current_database() || '_owner' OR NOT EXISTS ( SELECT 1 FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolname = login AND NOT u.rolsuper AND NOT u.rolcreaterole AND g.rolname IN (current_database() || '_admin', current_database() || '_clinician', current_database() || '_receptionist')) THEN RAISE EXCEPTION 'login: not a staff login of this practice' USING ERRCODE = 'insufficient_privilege'; END IF; IF NOT pg_has_role(current_user, 'pg_signal_backend', 'USAGE') THEN RETURN NULL; END IF; FOR b IN SELECT pid, coalesce(host(client_addr), 'local') AS computer FROM pg_stat_activity WHERE usename = login AND pid <> pg_backend_pid() LOOP IF pg_terminate_backend(b.pid) THEN pids := pids || b.pid; IF NOT b.computer = ANY (ended) THEN ended := ended || b.computer; END IF; END IF; END LOOP; FOR i IN 1..500 LOOP PERFORM pg_stat_clear_snapshot(); EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = ANY (pids)); PERFORM pg_sleep(0.01); END LOOP; RETURN cardinality(ended); END $function$
CREATE OR REPLACE FUNCTION public.valgo_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'public', 'pg_temp' AS $function$ DECLARE r jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END); patient bigint := CASE WHEN TG_ARGV[0] = '' THEN NULL ELSE (r ->> TG_ARGV[0])::bigint END; new_id bigint; BEGIN IF TG_TABLE_NAME = 'patients' AND TG_OP = 'DELETE' THEN UPDATE change_log SET patient_id = NULL WHERE patient_id = patient; patient := NULL; END IF; INSERT INTO change_log (table_name, row_id, patient_id, op) VALUES (TG_TABLE_NAME, (r ->> 'id')::bigint, patient, lower(TG_OP)) RETURNING id INTO new_id; PERFORM pg_notify('valgo_changes', new_id::text); RETURN NULL; END $function$
CREATE OR REPLACE FUNCTION public.valgo_patient_search_added() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN INSERT INTO patient_search_prefixes (prefix, rowid) SELECT k.prefix, a.rowid FROM added a CROSS JOIN LATERAL valgo_search_prefixes(a.names || ' ' || a.guardians || ' ' || a.phones) AS k (prefix) ON CONFLICT DO NOTHING; RETURN NULL; END $function$
CREATE OR REPLACE FUNCTION public.valgo_patient_search_removed() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN -- Rebuilding the whole index (rebuildPatientSearch) empties the prefixes itself first. IF current_setting('valgo.search_rebuild', true) = 'on' THEN RETURN NULL; END IF; DELETE FROM patient_search_prefixes p USING removed r CROSS JOIN LATERAL valgo_search_prefixes(r.names || ' ' || r.guardians || ' ' || r.phones) AS k (prefix) WHERE p.prefix = k.prefix AND p.rowid = r.rowid; RETURN NULL; END $function$
CREATE OR REPLACE FUNCTION public.valgo_patient_search_words() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN NEW.names := valgo_search_words(NEW.names); NEW.guardians := valgo_search_words(NEW.guardians); NEW.phones := valgo_search_words(NEW.phones); RETURN NEW; END $function$
CREATE OR REPLACE FUNCTION public.valgo_plan_schedule(child integer) RETURNS TABLE(id integer, start_date text, end_date text, created_at text, courses text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ SELECT p.id, p.start_date, p.end_date, p.created_at, coalesce(( SELECT json_agg(json_build_object('number', e.c->'number', 'startDate', e.c->'startDate', 'endDate', e.c->'endDate') ORDER BY e.n)::text FROM json_array_elements(CASE WHEN json_typeof(p.plan::json->'calendar'->'courses') = 'array' THEN p.plan::json->'calendar'->'courses' END) WITH ORDINALITY AS e(c, n)), '[]') FROM care_plans p WHERE p.patient_id = child AND p.current = 1 $function$
CREATE OR REPLACE FUNCTION public.valgo_prune_changes(keep_days integer) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ DECLARE gone INTEGER; BEGIN IF keep_days IS NULL OR keep_days < 7 THEN RAISE EXCEPTION 'keep_days: at least 7' USING ERRCODE = 'invalid_parameter_value'; END IF; DELETE FROM change_log WHERE at < to_char( (clock_timestamp() - make_interval(days => keep_days)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'); GET DIAGNOSTICS gone = ROW_COUNT; RETURN gone; END $function$
CREATE OR REPLACE FUNCTION public.valgo_record_reprint(booklet_id integer, how text, at text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ DECLARE new_id INTEGER; BEGIN IF at IS NULL OR at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,3})?Z$' THEN RAISE EXCEPTION 'at: an ISO instant in UTC is required' USING ERRCODE = 'invalid_parameter_value'; END IF; INSERT INTO booklets (patient_id, created_at, action, kind, language, paper, pages, size_bytes, sha256, plan_engine_version, content_version, request, reprint_of, reissue_of, care_plan_id) SELECT b.patient_id, at, how, b.kind, b.language, b.paper, b.pages, b.size_bytes, b.sha256, b.plan_engine_version, b.content_version, b.request, coalesce(b.reprint_of, b.id), NULL, b.care_plan_id FROM booklets b JOIN booklet_files f ON f.sha256 = b.sha256 WHERE b.id = booklet_id RETURNING booklets.id INTO new_id; IF new_id IS NULL THEN RAISE EXCEPTION 'booklet: not found or its stored copy is missing' USING ERRCODE = 'no_data_found'; END IF; RETURN new_id; END $function$
CREATE OR REPLACE FUNCTION public.valgo_search_prefixes(doc text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $function$ SELECT DISTINCT p.prefix FROM valgo_search_split(doc) AS w (word) CROSS JOIN LATERAL ( SELECT left(w.word, n) FROM generate_series(1, char_length(w.word)) AS n UNION ALL SELECT w.word || ' ' ) AS p (prefix) $function$
CREATE OR REPLACE FUNCTION public.valgo_search_split(doc text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $function$ SELECT w FROM regexp_split_to_table(doc, '[\u0001-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u3004\u3008-\u3011\ufeff]+' ) AS w WHERE w <> '' $function$
CREATE OR REPLACE FUNCTION public.valgo_search_words(doc text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT RETURN COALESCE((SELECT string_agg(t.w, ' '::text ORDER BY t.n) AS string_agg FROM valgo_search_split(valgo_search_words.doc) WITH ORDINALITY t(w, n)), ''::text)
CREATE OR REPLACE FUNCTION public.valgo_server_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ DECLARE rec jsonb; BEGIN IF TG_OP = 'DELETE' THEN rec := to_jsonb(OLD); ELSE rec := to_jsonb(NEW); END IF; INSERT INTO server_audit (table_name, operation, row_id, patient_id) VALUES (TG_TABLE_NAME, TG_OP, (rec->>'id')::integer, CASE WHEN TG_TABLE_NAME = 'patients' THEN (rec->>'id')::integer ELSE (rec->>'patient_id')::integer END); RETURN NULL; END $function$
CREATE OR REPLACE FUNCTION public.valgo_set_password(login text, verifier text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ BEGIN IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN RAISE EXCEPTION 'password: a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value'; END IF; IF login IS NULL OR NOT EXISTS (SELECT 1 FROM staff WHERE username_folded = login) THEN RAISE EXCEPTION 'login: no such member of staff' USING ERRCODE = 'no_data_found'; END IF; IF login = current_database() || '_owner' OR NOT EXISTS ( SELECT 1 FROM pg_roles u JOIN pg_auth_members m ON m.member = u.oid JOIN pg_roles g ON g.oid = m.roleid WHERE u.rolname = login AND NOT u.rolsuper AND NOT u.rolcreaterole AND g.rolname IN (current_database() || '_admin', current_database() || '_clinician', current_database() || '_receptionist')) THEN RAISE EXCEPTION 'login: not a staff login of this practice' USING ERRCODE = 'insufficient_privilege'; END IF; EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier); IF current_setting('valgo.end_sessions', true) IS DISTINCT FROM 'after-commit' THEN RETURN valgo_end_sessions(login); END IF; RETURN 0; END $function$
CREATE OR REPLACE FUNCTION public.valgo_unaccent(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT RETURN unaccent('unaccent'::regdictionary, input)
CREATE OR REPLACE FUNCTION public.valgo_update_staff(staff_id integer, new_name text, new_role text, new_active integer) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'pg_catalog', 'public' AS $function$ DECLARE r staff%ROWTYPE; old_group TEXT; BEGIN SELECT * INTO r FROM staff WHERE id = staff_id FOR UPDATE; IF NOT FOUND THEN RAISE EXCEPTION 'staff: not found' USING ERRCODE = 'no_data_found'; END IF; new_name := coalesce(new_name, r.name); new_role := coalesce(new_role, r.role); new_active := coalesce(new_active, r.active); IF new_role NOT IN ('admin', 'clinician', 'receptionist') OR new_active NOT IN (0, 1) THEN RAISE EXCEPTION 'role: not a staff role' USING ERRCODE = 'invalid_parameter_value'; END IF; IF r.role = 'admin' AND r.active = 1 AND (new_role <> 'admin' OR new_active <> 1) AND NOT EXISTS ( SELECT 1 FROM staff WHERE role = 'admin' AND active = 1 AND id <> staff_id) THEN RAISE EXCEPTION 'staff: at least one active administrator must remain' USING ERRCODE = 'restrict_violation'; END IF; UPDATE staff SET name = new_name, role = new_role, active = new_active WHERE id = staff_id; old_group := current_database() || '_' || r.role; IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.username_folded) AND pg_has_role(r.username_folded, old_group, 'MEMBER') THEN IF new_role <> r.role THEN EXECUTE format('REVOKE %I FROM %I', old_group, r.username_folded); EXECUTE format('GRANT %I TO %I', current_database() || '_' || new_role, r.username_folded); END IF; EXECUTE format('ALTER ROLE %I %s', r.username_folded, CASE WHEN new_active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END); IF new_active = 0 AND current_setting('valgo.end_sessions', true) IS DISTINCT FROM 'after-commit' THEN RETURN valgo_end_sessions(r.username_folded); END IF; END IF; RETURN 0; END $function$
