import type { BookletRequest, ErrorCode, PreviewResult, ValidationIssue } from '../../shared/contract';
import type { Plan, PlanBlock } from '../../shared/plan';
import type { ComposeRequest } from '../services/booklets/compose';

/*
 * What crosses between main and a render process (its IPC channel, with Node's 'advanced'
 * serialization: the structured clone). Everything here is plain objects, strings, numbers and,
 * coming back, the PDF bytes.
 */

/** A booklet to render: the parsed request and, when main computed it already, its plan. */
export interface BookletJob {
  request: BookletRequest;
  plan?: Plan;
  /** Where the Noto Sans TTFs are (resources/fonts when packaged); the npm package otherwise. */
  fontsDir?: string;
}

/**
 * A preview, whole: the worker reads the child, assessment, clinic and visits from the database
 * file itself (its own read-only connection), composes exactly as main would and renders. Main
 * only forwards the ids and the choices, so a 20-page preview costs its event loop nothing but
 * the message.
 */
export interface PreviewJob {
  /** The SQLite database file main has open (WAL: readers see every committed write). */
  dbFile: string;
  input: ComposeRequest;
  /** The moment the preview was asked for (ISO), so it is composed as of the call. */
  now: string;
  fontsDir?: string;
}

export type Task = { kind: 'render'; job: BookletJob } | { kind: 'preview'; job: PreviewJob };

/** The rendered PDF with what main stores beside it. */
export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
  sha256: string;
}

/** A renderer error, as data: turned back into the same error class on main. */
export type RenderFailure =
  | { kind: 'unprintable'; path: string; field: string; character: string; codePoint: string }
  | { kind: 'blocked'; blocks: PlanBlock[] }
  /** An expected refusal from composing (the child is gone, a date before birth). */
  | { kind: 'app'; code: ErrorCode; message: string; issues?: ValidationIssue[] }
  | { kind: 'internal'; name: string; message: string; stack?: string };

/**
 * A preview as it crosses: the PDF as bytes, not the base64 text the renderer gets. Bytes are a
 * quarter smaller and live outside the JavaScript heap, so taking a 30-page preview off the
 * channel leaves main's garbage collector far less to do than a 400 KB string would.
 */
export type PreviewWire = Omit<PreviewResult, 'pdf'> & {
  pdf: { bytes: Uint8Array; pages: number; sizeBytes: number } | null;
};

export function previewToWire({ pdf, ...rest }: PreviewResult): PreviewWire {
  return {
    ...rest,
    pdf: pdf && { bytes: Buffer.from(pdf.pdfBase64, 'base64'), pages: pdf.pages, sizeBytes: pdf.sizeBytes },
  };
}

export function previewFromWire({ pdf, ...rest }: PreviewWire): PreviewResult {
  if (!pdf) return { ...rest, pdf: null };
  const bytes = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength);
  return { ...rest, pdf: { pdfBase64: bytes.toString('base64'), pages: pdf.pages, sizeBytes: pdf.sizeBytes } };
}

export type ToWorker =
  | { id: number; task: Task }
  /** Close the database connections once no job uses them (a restore replaces the file). */
  | { id: number; release: true };

export type FromWorker =
  | { id: number; ok: true; kind: 'render'; bytes: Uint8Array; pages: number; sha256: string }
  | { id: number; ok: true; kind: 'preview'; preview: PreviewWire }
  | { id: number; ok: false; failure: RenderFailure }
  | { id: number; released: true }
  /** Sent once the worker has loaded the renderer and parsed the fonts. */
  | { ready: true };
