import { z } from 'zod';
import { dateOfBirth } from './dates';
import { lineText, phoneText } from './text';

export const Sex = z.enum(['female', 'male']);
export type Sex = z.infer<typeof Sex>;

export const PatientId = z.number().int().positive();
export type PatientId = z.infer<typeof PatientId>;

export const GuardianInput = z.object({
  name: lineText(120),
  phone: phoneText,
});
export type GuardianInput = z.infer<typeof GuardianInput>;

/** What the form sends to create or edit a child. */
export const PatientInput = z.object({
  firstName: lineText(80),
  lastName: lineText(80),
  dateOfBirth,
  sex: Sex,
  guardian: GuardianInput,
});
export type PatientInput = z.infer<typeof PatientInput>;

export const Patient = z.object({
  id: PatientId,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  sex: Sex,
  guardian: z.object({ name: z.string(), phone: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Patient = z.infer<typeof Patient>;

/** One row of the patient list: enough to recognise the child and call the family. */
export const PatientSummary = z.object({
  id: PatientId,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  sex: Sex,
  guardianName: z.string(),
  guardianPhone: z.string(),
});
export type PatientSummary = z.infer<typeof PatientSummary>;

export const PatientSearchInput = z.object({
  query: z.string().max(200),
  limit: z.number().int().min(1).max(200).default(50),
});
export type PatientSearchInput = z.input<typeof PatientSearchInput>;

export const PatientSearchResult = z.object({
  items: z.array(PatientSummary),
  /** True when more children match than `limit`: the UI asks for a longer query. */
  more: z.boolean(),
});
export type PatientSearchResult = z.infer<typeof PatientSearchResult>;

export const patientChannels = {
  /** Children matching the query (all children when blank), sorted by last then first name. */
  'patients:search': { input: PatientSearchInput, output: PatientSearchResult },
  /** One child with guardian. */
  'patients:get': { input: z.object({ id: PatientId }), output: Patient },
  /** Create a child; returns the stored record. */
  'patients:create': { input: PatientInput, output: Patient },
  /** Replace a child's details; returns the stored record. */
  'patients:update': { input: z.object({ id: PatientId, patient: PatientInput }), output: Patient },
} as const;
