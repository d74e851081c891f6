import crypto from 'node:crypto';
import { PlanBlockedError, renderBooklet, UnprintableCharacterError } from '../pdf/booklet/render-booklet';
import { AppError } from '../services/errors';
import type { BookletJob, RenderedPdf, RenderFailure } from './protocol';

/*
 * The pure part of making a booklet: job in, bytes (with page count and checksum) out. A render
 * worker runs it; so does main when it renders in-process (tests, the command line, or a build
 * without the worker file). The same job gives the same bytes either way.
 */

export async function renderJob(job: BookletJob): Promise<RenderedPdf> {
  const bytes = await renderBooklet(job.request, {
    ...(job.fontsDir ? { fontsDir: job.fontsDir } : {}),
    ...(job.plan ? { plan: job.plan } : {}),
  });
  return { bytes, pages: countPages(bytes), sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/** Page objects in the file: pdfkit writes one `/Type /Page` dictionary per page. */
export function countPages(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** A thrown error as data that survives postMessage. */
export function toFailure(error: unknown): RenderFailure {
  if (error instanceof UnprintableCharacterError) {
    const { path, field, character, codePoint } = error;
    return { kind: 'unprintable', path, field, character, codePoint };
  }
  if (error instanceof PlanBlockedError) return { kind: 'blocked', blocks: error.blocks };
  if (error instanceof AppError) {
    return { kind: 'app', code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind: 'internal', name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}

/** The error the renderer threw, rebuilt on main as the same class (so callers map it as before). */
export function fromFailure(failure: RenderFailure): Error {
  switch (failure.kind) {
    case 'unprintable':
      return new UnprintableCharacterError(failure.path, failure.field, failure.character, failure.codePoint);
    case 'blocked':
      return new PlanBlockedError(failure.blocks);
    case 'app':
      return new AppError(failure.code, failure.message, failure.issues);
    case 'internal': {
      const error = new Error(`Render worker: ${failure.message}`);
      error.name = failure.name;
      if (failure.stack) error.stack = failure.stack;
      return error;
    }
  }
}
