import { z } from 'zod';
import { RowVersion } from './row-version';
import { EVERY_ROLE } from './access';
import { Assessment } from './assessments';
import { dateOfBirth } from './dates';
import { Language } from './settings';
import { emailText, lineText, lookupText, notesText, optionalLineText, phoneText } from './text';

export const Sex = z.enum(['female', 'male']);
export type Sex = z.infer<typeof Sex>;

export const Relationship = z.enum(['mother', 'father', 'grandparent', 'carer', 'other']);
export type Relationship = z.infer<typeof Relationship>;

export const PatientId = z.number().int().positive();
export type PatientId = z.infer<typeof PatientId>;

/** The most guardians one child's record holds. */
export const MAX_GUARDIANS = 5;

const email = emailText(200);

export const GuardianInput = z.object({
  name: lineText(120),
  relationship: Relationship,
  /** Blank when the family gave only an email. */
  phone: z.union([z.literal(''), phoneText]),
  email,
  /** The language the family reads; the booklet's default language. */
  preferredLanguage: Language,
  /** The family agreed to be called or written to (reminders, recalls). */
  contactConsent: z.boolean(),
});
export type GuardianInput = z.infer<typeof GuardianInput>;

/** What the form sends to create or edit a child. */
export const PatientInput = z.object({
  firstName: lineText(80),
  /** The patronymic (отчество) or a middle name; absent or '' when there is none. */
  middleName: optionalLineText(80).optional(),
  lastName: lineText(80),
  dateOfBirth,
  sex: Sex,
  notes: notesText(2000),
  guardians: z
    .array(GuardianInput)
    .min(1, { message: 'guardianRequired' })
    .max(MAX_GUARDIANS, { message: `tooManyGuardians:${MAX_GUARDIANS}` })
    .refine((list) => list.length === 0 || list.some((g) => g.phone !== '' || g.email !== ''), {
      message: 'contactRequired',
    }),
});
export type PatientInput = z.infer<typeof PatientInput>;

export const Guardian = GuardianInput.extend({
  id: z.number().int().positive(),
  /**
   * `phone` read with the clinic's country, in E.164 ("+79161234567"); null when blank or not a
   * possible number (older records). Format it for display with shared/phone.ts `formatPhone`.
   */
  phoneE164: z.string().nullable(),
});
export type Guardian = z.infer<typeof Guardian>;

export const Patient = z.object({
  id: PatientId,
  firstName: z.string(),
  /** '' when there is none; shared/person-name.ts writes the full name in each language's order. */
  middleName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  sex: Sex,
  notes: z.string(),
  /** Main contact first. */
  guardians: z.array(Guardian),
  /** When the child was archived; null while active. */
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: RowVersion,
});
export type Patient = z.infer<typeof Patient>;

/** One row of the patient list: enough to recognise the child and call the family. */
export const PatientSummary = z.object({
  id: PatientId,
  firstName: z.string(),
  middleName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  sex: Sex,
  guardianName: z.string(),
  guardianPhone: z.string(),
  /** The main contact's phone in E.164, null when none could be read (see Guardian.phoneE164). */
  guardianPhoneE164: z.string().nullable(),
  archived: z.boolean(),
});
export type PatientSummary = z.infer<typeof PatientSummary>;

export const PatientSearchInput = z.object({
  /** Blank lists active children; a query also finds archived ones (marked `archived`). */
  query: lookupText(200),
  limit: z.number().int().min(1).max(200).default(50),
});
export type PatientSearchInput = z.input<typeof PatientSearchInput>;

export const PatientSearchResult = z.object({
  items: z.array(PatientSummary),
  /** True when more children match than `limit`: the UI asks for a longer query. */
  more: z.boolean(),
});
export type PatientSearchResult = z.infer<typeof PatientSearchResult>;

/** Existing children that look like the one being entered. */
export const DuplicateCheckInput = z.object({
  firstName: lookupText(80),
  lastName: lookupText(80),
  dateOfBirth: lookupText(10),
  phones: z.array(lookupText(32)).max(MAX_GUARDIANS),
  /** The child being edited, never its own duplicate. */
  excludeId: PatientId.optional(),
});
export type DuplicateCheckInput = z.input<typeof DuplicateCheckInput>;

export const DuplicateMatch = z.object({
  patient: PatientSummary,
  reasons: z.array(z.enum(['same_name_and_birth_date', 'same_guardian_phone'])),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;

/** Everything the child screen shows, in one request. */
export const PatientRecord = z.object({
  patient: Patient,
  /** Newest visit first. */
  assessments: z.array(Assessment),
});
export type PatientRecord = z.infer<typeof PatientRecord>;

const ById = z.object({ id: PatientId });

export const patientChannels = {
  /** Children matching the query (active children when blank), sorted by last then first name. */
  'patients:search': { input: PatientSearchInput, output: PatientSearchResult, access: EVERY_ROLE },
  /** One child with guardians. */
  'patients:get': { input: ById, output: Patient, access: EVERY_ROLE },
  /** The child screen's data: the child, guardians and assessments. */
  'patients:record': { input: ById, output: PatientRecord, access: EVERY_ROLE },
  /** Create a child; returns the stored record. */
  'patients:create': { input: PatientInput, output: Patient, access: EVERY_ROLE },
  /** Replace a child's details and guardians; returns the stored record. */
  'patients:update': {
    input: z.object({ id: PatientId, version: RowVersion, patient: PatientInput }),
    output: Patient,
    access: EVERY_ROLE,
  },
  /** Archive (leave the default list, stay searchable) or bring back a child. */
  'patients:archive': {
    input: z.object({ id: PatientId, archived: z.boolean() }),
    output: Patient,
    access: EVERY_ROLE,
  },
  /** Likely duplicates of a child being entered: same name and birth date, or same guardian phone. */
  'patients:duplicates': { input: DuplicateCheckInput, output: z.array(DuplicateMatch), access: EVERY_ROLE },
} as const;
