import crypto from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import {
  BookletRequest,
  type BookletAction,
  type BookletRecord,
  type IssueResult,
  type RenderedPdf,
} from '../../shared/contract';
import { CONTENT_VERSION } from '../../shared/content';
import { computePlan, PLAN_ENGINE_VERSION } from '../../shared/plan';
import type { BookletTable, Database } from '../db/schema';
import type { DesktopActions } from '../desktop-actions';
import { PlanBlockedError, renderBooklet, UnprintableCharacterError } from '../pdf/booklet/render-booklet';
import { AppError, notFound } from './errors';

export interface BookletDeps {
  /** Present in the desktop app only. */
  desktop?: DesktopActions;
  fontsDir?: string;
  now?: () => Date;
}

interface Rendered {
  bytes: Buffer;
  pages: number;
  sha256: string;
}

/** Renders for the live preview; nothing is archived. */
export async function previewBooklet(request: BookletRequest, deps: BookletDeps = {}): Promise<RenderedPdf> {
  const r = await render(request, deps);
  return { pdfBase64: r.bytes.toString('base64'), pages: r.pages, sizeBytes: r.bytes.length };
}

/** Renders, does `action`, and archives the booklet with its full input, unless the user cancelled. */
export async function issueBooklet(
  db: Kysely<Database>,
  input: { patientId: number; request: BookletRequest; action: BookletAction },
  deps: BookletDeps = {},
): Promise<IssueResult> {
  await requirePatient(db, input.patientId);
  const rendered = await render(input.request, deps);
  return deliverAndArchive(db, input.patientId, input.request, input.action, rendered, null, deps);
}

/** Renders an archived booklet again from its stored input; `identical` says whether the bytes match. */
export async function reprintBooklet(
  db: Kysely<Database>,
  id: number,
  action: BookletAction,
  deps: BookletDeps = {},
): Promise<IssueResult & { identical: boolean }> {
  const row = await db.selectFrom('booklets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('This booklet');
  const request = BookletRequest.parse(JSON.parse(row.request));
  const rendered = await render(request, deps);
  const result = await deliverAndArchive(db, row.patient_id, request, action, rendered, row.reprint_of ?? row.id, deps);
  return { ...result, identical: rendered.sha256 === row.sha256 };
}

export async function listBooklets(db: Kysely<Database>, patientId: number): Promise<BookletRecord[]> {
  const rows = await db
    .selectFrom('booklets')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRecord);
}

async function render(request: BookletRequest, deps: BookletDeps): Promise<Rendered> {
  let bytes: Buffer;
  try {
    bytes = await renderBooklet(request, deps.fontsDir ? { fontsDir: deps.fontsDir } : {});
  } catch (error) {
    if (error instanceof UnprintableCharacterError) {
      throw new AppError('VALIDATION', error.message, [{ path: error.path, message: 'unprintableCharacter' }]);
    }
    if (error instanceof PlanBlockedError) {
      throw new AppError(
        'VALIDATION',
        error.message,
        error.blocks.map((b) => ({ path: 'plan', message: b.code })),
      );
    }
    throw error;
  }
  return { bytes, pages: countPages(bytes), sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

async function deliverAndArchive(
  db: Kysely<Database>,
  patientId: number,
  request: BookletRequest,
  action: BookletAction,
  rendered: Rendered,
  reprintOf: number | null,
  deps: BookletDeps,
): Promise<IssueResult> {
  const fileName = `${request.child.firstName} ${request.child.lastName} - foot care plan.pdf`.replace(
    /[\\/:*?"<>|]/g,
    '',
  );
  let savedTo: string | null = null;
  if (action !== 'download') {
    if (!deps.desktop) {
      throw new AppError(
        'VALIDATION',
        'Printing, saving and opening go through the desktop app; download the PDF instead.',
      );
    }
    if (action === 'print' && !(await deps.desktop.printPdf(rendered.bytes, fileName))) return cancelled();
    if (action === 'save') {
      savedTo = await deps.desktop.savePdf(rendered.bytes, fileName);
      if (savedTo === null) return cancelled();
    }
    if (action === 'open') await deps.desktop.openPdf(rendered.bytes, fileName);
  }
  const plan = computePlan(request);
  const row = await db
    .insertInto('booklets')
    .values({
      patient_id: patientId,
      created_at: (deps.now?.() ?? new Date()).toISOString(),
      action,
      kind: plan.status === 'ok' ? plan.plan.edition.kind : 'information',
      language: request.language,
      paper: request.paper,
      pages: rendered.pages,
      size_bytes: rendered.bytes.length,
      sha256: rendered.sha256,
      plan_engine_version: PLAN_ENGINE_VERSION,
      content_version: CONTENT_VERSION,
      request: JSON.stringify(request),
      reprint_of: reprintOf,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    booklet: toRecord(row),
    pdf:
      action === 'download'
        ? { pdfBase64: rendered.bytes.toString('base64'), pages: rendered.pages, sizeBytes: rendered.bytes.length }
        : null,
    savedTo,
  };
}

function cancelled(): IssueResult {
  return { booklet: null, pdf: null, savedTo: null };
}

async function requirePatient(db: Kysely<Database>, patientId: number): Promise<void> {
  const found = await db.selectFrom('patients').select('id').where('id', '=', patientId).executeTakeFirst();
  if (!found) throw notFound('This child');
}

/** Page objects in the file: pdfkit writes one `/Type /Page` dictionary per page. */
function countPages(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

function toRecord(r: Selectable<BookletTable>): BookletRecord {
  return {
    id: r.id,
    patientId: r.patient_id,
    createdAt: r.created_at,
    action: r.action,
    kind: r.kind,
    language: r.language,
    paper: r.paper,
    pages: r.pages,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    planEngineVersion: r.plan_engine_version,
    contentVersion: r.content_version,
    reprintOf: r.reprint_of,
  };
}
