import type { BookletRequest } from '../../shared/contract/booklets';
import type { Plan, PlanBlock } from '../../shared/plan';

/*
 * What crosses between main and a render worker. Everything here is structured-clone safe:
 * plain objects, strings, numbers and, coming back, the PDF bytes (transferred, not copied).
 */

/** A booklet to render: the parsed request and, when main computed it already, its plan. */
export interface BookletJob {
  request: BookletRequest;
  plan?: Plan;
  /** Where the Noto Sans TTFs are (resources/fonts when packaged); the npm package otherwise. */
  fontsDir?: string;
}

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
  | { kind: 'internal'; name: string; message: string; stack?: string };

export type ToWorker = { id: number; job: BookletJob };

export type FromWorker =
  | { id: number; ok: true; bytes: Uint8Array; pages: number; sha256: string }
  | { id: number; ok: false; failure: RenderFailure }
  /** Sent once the worker has loaded the renderer and parsed the fonts. */
  | { ready: true };
