import { z } from 'zod';
import { ADMIN_ONLY, CLINICAL } from './access';
import { PatientId } from './patients';
import { lineText } from './text';

/*
 * The family's data rights: the child's whole record as one zip (the JSON export plus every
 * booklet handed out, as the archived PDF bytes), and erasing the child (admins only, after
 * typing the child's full name).
 */

export const ChildExportZip = z.object({
  fileName: z.string(),
  /** The zip's bytes, base64. */
  zipBase64: z.string(),
  /** Archived booklet PDFs inside. */
  booklets: z.number().int().min(0),
});
export type ChildExportZip = z.infer<typeof ChildExportZip>;

export const EraseInput = z.object({
  id: PatientId,
  /** The child's full name as typed by the admin: must match the record, or nothing is erased. */
  confirmName: lineText(300),
});
export type EraseInput = z.input<typeof EraseInput>;

export const EraseResult = z.object({
  id: PatientId,
  /** Rows removed per table. */
  removed: z.record(z.string(), z.number().int().min(0)),
});
export type EraseResult = z.infer<typeof EraseResult>;

export const dataRightsChannels = {
  /** The child's whole record as one zip: record.json and each archived booklet PDF. */
  'patients:export-zip': {
    input: z.object({ patientId: PatientId }),
    output: ChildExportZip,
    access: CLINICAL,
  },
  /** Erases the child and every row about them; an 'erase' audit entry with ids only remains. */
  'patients:erase': { input: EraseInput, output: EraseResult, access: ADMIN_ONLY },
} as const;
