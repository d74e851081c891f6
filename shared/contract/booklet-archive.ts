import { z } from 'zod';
import { CLINICAL, EVERY_ROLE } from './access';
import { BOOKLET_KINDS } from './plan-ids';
import { BookletDraft, checkPlanStart, ComposeInput, Paper, PlanMode, PreviewResult, RenderedPdf } from './care-plans';
import { EntityId } from './diary-setup';
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
  /** Set on a re-issue with today's texts: the booklet it renews. */
  reissueOf: z.number().int().positive().nullable(),
  /** The care plan it was issued for. */
  carePlanId: z.number().int().positive().nullable(),
  /** Whether the issued bytes are stored (booklets from before the archive kept bytes are not). */
  stored: z.boolean(),
});
export type BookletRecord = z.infer<typeof BookletRecord>;

export const IssueResult = z.object({
  /** The archived booklet; null when the user cancelled the print or save dialog (nothing archived). */
  booklet: BookletRecord.nullable(),
  /** Only for `download`: the bytes for the browser. */
  pdf: RenderedPdf.nullable(),
  /** Where `save` wrote the file. */
  savedTo: z.string().nullable(),
});
export type IssueResult = z.infer<typeof IssueResult>;

const PatientRef = z.object({ patientId: EntityId });
const BookletRef = z.object({ id: EntityId, action: BookletAction });

export const bookletChannels = {
  /** Where the editor starts: the assessment to follow, the current plan's choices (or defaults). */
  'booklets:draft': { input: PatientRef, output: BookletDraft, access: CLINICAL },
  /** Composes from the database and renders without storing anything: the live preview. */
  'booklets:preview': { input: ComposeInput, output: PreviewResult, access: CLINICAL },
  /**
   * Composes, renders, hands over, then stores the plan (continuing the current one or starting a
   * new one), its check-ups and the booklet with its bytes, in one transaction.
   */
  'booklets:issue': {
    input: z.object({ ...ComposeInput.shape, plan: PlanMode, action: BookletAction }).superRefine(checkPlanStart),
    output: IssueResult.extend({ carePlanId: EntityId.nullable() }),
    access: CLINICAL,
  },
  /** The child's booklets, newest first. */
  'booklets:list': { input: PatientRef, output: z.array(BookletRecord), access: EVERY_ROLE },
  /** Returns the stored bytes of an issued booklet, checked against its SHA-256; never re-renders. */
  'booklets:reprint': { input: BookletRef, output: IssueResult, access: EVERY_ROLE },
  /** Renders an archived booklet's content again with today's texts: a new booklet. */
  'booklets:reissue': { input: BookletRef, output: IssueResult, access: CLINICAL },
} as const;
