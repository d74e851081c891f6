import type { Kysely } from 'kysely';
import type { PreviewResult } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { renderJob } from '../../render-worker/render-job';
import { composeBooklet, type ComposeRequest } from './compose';

/**
 * A preview's whole work: compose from the database (composeBooklet, the one place a booklet is
 * put together) and render. A render worker runs it on its own read-only connection; main runs
 * it when there is no worker or no database file to share. Nothing is stored. A blocked plan
 * returns the plan's blocks and no PDF.
 */
export async function composeAndRender(
  db: Kysely<Database>,
  input: ComposeRequest,
  now: Date,
  fontsDir?: string,
): Promise<PreviewResult> {
  const composed = await composeBooklet(db, input, now);
  const { result } = composed;
  if (result.status !== 'ok') return { plan: result, checkups: [], pdf: null };
  const r = await renderJob({ request: composed.request, plan: result.plan, ...(fontsDir ? { fontsDir } : {}) });
  return {
    plan: result,
    checkups: composed.checkups,
    pdf: { pdfBase64: r.bytes.toString('base64'), pages: r.pages, sizeBytes: r.bytes.length },
  };
}
