import type { PreviewResult } from '../../shared/contract';
import { composeAndRender } from '../services/booklets/preview';
import type { PreviewJob, RenderedPdf, Task } from './protocol';
import type { ReadOnlyDatabases } from './read-only-db';
import { renderJob } from './render-job';

/*
 * One task, wherever it runs: in a render worker, or on main when there is no worker (tests run
 * from sources, or after the worker died twice). A preview composes on a read-only connection to
 * the database file in both places, so the two give the same booklet.
 */

export type TaskOutcome = { kind: 'render'; pdf: RenderedPdf } | { kind: 'preview'; preview: PreviewResult };

export function runPreview(job: PreviewJob, databases: ReadOnlyDatabases): Promise<PreviewResult> {
  return databases.with(job.dbFile, (db) => composeAndRender(db, job.input, new Date(job.now), job.fontsDir));
}

export async function runTask(task: Task, databases: ReadOnlyDatabases): Promise<TaskOutcome> {
  if (task.kind === 'render') return { kind: 'render', pdf: await renderJob(task.job) };
  return { kind: 'preview', preview: await runPreview(task.job, databases) };
}
