import { z } from 'zod';
import { BOOKLET_KINDS } from '../plan/ids';
import { BookletRequest, Paper } from './booklets';
import { Language } from './settings';

/**
 * What to do with a rendered booklet. `print`, `save` and `open` need the desktop app (system
 * print dialog, a save dialog in main, the system PDF viewer); `download` returns the bytes so
 * the browser can print or save them (browser mode).
 */
export const BookletAction = z.enum(['print', 'save', 'open', 'download']);
export type BookletAction = z.infer<typeof BookletAction>;

/** One booklet as handed to the family, kept so the clinic can show and reprint it exactly. */
export const BookletRecord = z.object({
  id: z.number().int().positive(),
  patientId: z.number().int().positive(),
  createdAt: z.string(),
  action: BookletAction,
  kind: z.enum(BOOKLET_KINDS),
  language: Language,
  paper: Paper,
  pages: z.number().int().positive(),
  sizeBytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  planEngineVersion: z.number().int(),
  contentVersion: z.string(),
  /** Set on a reprint: the booklet it reproduces. */
  reprintOf: z.number().int().positive().nullable(),
});
export type BookletRecord = z.infer<typeof BookletRecord>;

export const RenderedPdf = z.object({
  /** The PDF, base64 (IPC and HTTP both carry JSON). */
  pdfBase64: z.string(),
  pages: z.number().int().positive(),
  sizeBytes: z.number().int().positive(),
});
export type RenderedPdf = z.infer<typeof RenderedPdf>;

export const IssueResult = z.object({
  /** The archived booklet; null when the user cancelled the print or save dialog (nothing archived). */
  booklet: BookletRecord.nullable(),
  /** Only for `download`: the bytes for the browser. */
  pdf: RenderedPdf.nullable(),
  /** Where `save` wrote the file. */
  savedTo: z.string().nullable(),
});
export type IssueResult = z.infer<typeof IssueResult>;

const PatientRef = z.object({ patientId: z.number().int().positive() });

export const bookletChannels = {
  /** A ready-to-adjust booklet request for the child: latest assessment, its clinician, clinic letterhead, the family's language. */
  'booklets:draft': { input: PatientRef, output: BookletRequest },
  /** Renders without archiving: the live preview. */
  'booklets:preview': { input: BookletRequest, output: RenderedPdf },
  /** Renders, archives with its full input and SHA-256, then prints / saves / opens / returns it. */
  'booklets:issue': {
    input: z.object({ patientId: z.number().int().positive(), request: BookletRequest, action: BookletAction }),
    output: IssueResult,
  },
  /** The child's booklets, newest first. */
  'booklets:list': { input: PatientRef, output: z.array(BookletRecord) },
  /** Renders an archived booklet again from its stored input; `identical` compares the SHA-256. */
  'booklets:reprint': {
    input: z.object({ id: z.number().int().positive(), action: BookletAction }),
    output: IssueResult.extend({ identical: z.boolean() }),
  },
} as const;
