-- extensions
btree_gist
unaccent

-- table appointment_types
id integer NOT NULL IDENTITY BY DEFAULT
code text NULL
name text NOT NULL
duration_minutes integer NOT NULL
active integer NOT NULL DEFAULT 1

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

-- table clinicians
id integer NOT NULL IDENTITY BY DEFAULT
name text NOT NULL
title text NOT NULL
phone text NOT NULL DEFAULT ''::text
active integer NOT NULL DEFAULT 1
created_at text NOT NULL

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
document tsvector NULL GENERATED to_tsvector('simple'::regconfig, valgo_unaccent(((((names || ' '::text) || guardians) || ' '::text) || phones)))

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

-- table settings
key text NOT NULL
value text NOT NULL

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
appointments.appointments_check: CHECK (((ends_at > starts_at) AND ((ends_at - starts_at) <= (480 * 60000))))
appointments.appointments_clinician_id_fkey: FOREIGN KEY (clinician_id) REFERENCES clinicians(id)
appointments.appointments_no_double_booking: EXCLUDE USING gist (clinician_id WITH =, int8range(starts_at, ends_at) WITH &&) WHERE ((status = ANY (ARRAY['booked'::text, 'attended'::text])))
appointments.appointments_note_check: CHECK ((length(note) <= 500))
appointments.appointments_patient_id_fkey: FOREIGN KEY (patient_id) REFERENCES patients(id) ON DELETE CASCADE
appointments.appointments_pkey: PRIMARY KEY (id)
appointments.appointments_plan_reason_check: CHECK ((plan_reason = ANY (ARRAY['after_course'::text, 'every_months'::text, 'end_of_horizon'::text, 'manual'::text])))
appointments.appointments_recall_id_fkey: FOREIGN KEY (recall_id) REFERENCES recalls(id) ON DELETE SET NULL
appointments.appointments_status_check: CHECK ((status = ANY (ARRAY['booked'::text, 'attended'::text, 'no_show'::text, 'cancelled'::text])))
appointments.appointments_type_id_fkey: FOREIGN KEY (type_id) REFERENCES appointment_types(id)
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
clinicians.clinicians_active_check: CHECK ((active = ANY (ARRAY[0, 1])))
clinicians.clinicians_name_check: CHECK (((length(name) >= 1) AND (length(name) <= 120)))
clinicians.clinicians_pkey: PRIMARY KEY (id)
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
patients.patients_date_of_birth_check: CHECK ((date_of_birth ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'::text))
patients.patients_first_name_check: CHECK (((length(first_name) >= 1) AND (length(first_name) <= 80)))
patients.patients_last_name_check: CHECK (((length(last_name) >= 1) AND (length(last_name) <= 80)))
patients.patients_middle_name_check: CHECK ((length(middle_name) <= 80))
patients.patients_pkey: PRIMARY KEY (id)
patients.patients_sex_check: CHECK ((sex = ANY (ARRAY['female'::text, 'male'::text])))
patients.patients_sort_rank_key: UNIQUE (sort_rank)
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
settings.settings_pkey: PRIMARY KEY (key)
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
appointments_clinician: CREATE INDEX appointments_clinician ON public.appointments USING btree (clinician_id, starts_at, ends_at, status, patient_id, type_id, plan_reason)
appointments_no_double_booking: CREATE INDEX appointments_no_double_booking ON public.appointments USING gist (clinician_id, int8range(starts_at, ends_at)) WHERE (status = ANY (ARRAY['booked'::text, 'attended'::text]))
appointments_patient: CREATE INDEX appointments_patient ON public.appointments USING btree (patient_id, starts_at, status)
appointments_pkey: CREATE UNIQUE INDEX appointments_pkey ON public.appointments USING btree (id)
appointments_recall: CREATE INDEX appointments_recall ON public.appointments USING btree (recall_id) WHERE (recall_id IS NOT NULL)
appointments_start: CREATE INDEX appointments_start ON public.appointments USING btree (starts_at, ends_at, status, clinician_id, patient_id, type_id, plan_reason)
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
clinicians_pkey: CREATE UNIQUE INDEX clinicians_pkey ON public.clinicians USING btree (id)
closed_days_pkey: CREATE UNIQUE INDEX closed_days_pkey ON public.closed_days USING btree (id)
closed_days_to: CREATE INDEX closed_days_to ON public.closed_days USING btree (to_date)
course_returns_course: CREATE INDEX course_returns_course ON public.course_returns USING btree (patient_id, plan_start, course, id)
course_returns_pkey: CREATE UNIQUE INDEX course_returns_pkey ON public.course_returns USING btree (id)
guardians_patient_id_position_key: CREATE UNIQUE INDEX guardians_patient_id_position_key ON public.guardians USING btree (patient_id, "position")
guardians_phone_digits: CREATE INDEX guardians_phone_digits ON public.guardians USING btree (phone_digits) WHERE (phone_digits <> ''::text)
guardians_pkey: CREATE UNIQUE INDEX guardians_pkey ON public.guardians USING btree (id)
patient_search_document: CREATE INDEX patient_search_document ON public.patient_search USING gin (document)
patient_search_pkey: CREATE UNIQUE INDEX patient_search_pkey ON public.patient_search USING btree (rowid)
patients_archived: CREATE INDEX patients_archived ON public.patients USING btree (id) WHERE (archived_at IS NOT NULL)
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
settings_pkey: CREATE UNIQUE INDEX settings_pkey ON public.settings USING btree (key)
staff_pkey: CREATE UNIQUE INDEX staff_pkey ON public.staff USING btree (id)
staff_username_folded_key: CREATE UNIQUE INDEX staff_username_folded_key ON public.staff USING btree (username_folded)
staff_options_pkey: CREATE UNIQUE INDEX staff_options_pkey ON public.staff_options USING btree (id)
working_hours_clinician: CREATE INDEX working_hours_clinician ON public.working_hours USING btree (clinician_id, weekday, start_minute)
working_hours_pkey: CREATE UNIQUE INDEX working_hours_pkey ON public.working_hours USING btree (id)

-- triggers
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()

-- functions
CREATE OR REPLACE FUNCTION public.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $function$ BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'restrict_violation'; END $function$
CREATE OR REPLACE FUNCTION public.json_valid(input text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $function$ BEGIN PERFORM input::json; RETURN TRUE; EXCEPTION WHEN invalid_text_representation THEN RETURN FALSE; END $function$
CREATE OR REPLACE FUNCTION public.valgo_unaccent(input text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT RETURN unaccent('unaccent'::regdictionary, input)
