import crypto from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import {
  BookletRequest,
  type BookletAction,
  type BookletRecord,
  type IssueResult,
  type PlanChoices,
  type PlanMode,
  type PreviewResult,
} from '../../../shared/contract';
import { CONTENT_VERSION } from '../../../shared/content';
import { instantParts } from '../../../shared/calendar/local-time';
import { FILE_WHAT, fileNameFor } from '../../../shared/file-names';
import { PLAN_ENGINE_VERSION, type Plan } from '../../../shared/plan';
import type { BookletTable, Database } from '../../db/schema';
import type { DesktopActions } from '../../desktop-actions';
import { PlanBlockedError, UnprintableCharacterError } from '../../pdf/booklet/render-booklet';
import { SupersededError, type BookletRenderer } from '../../render-worker/pool';
import type { RenderedPdf } from '../../render-worker/protocol';
import { renderJob } from '../../render-worker/render-job';
import { archivedCopy, recordServerReprint } from './archived-copy';
import { composeBooklet, type ComposeRequest } from './compose';
import { storePlan } from './care-plans';
import { AppError, notFound } from '../errors';

export interface BookletDeps {
  /** Present in the desktop app only. */
  desktop?: DesktopActions;
  fontsDir?: string;
  now?: () => Date;
  /** Renders off main's event loop (electron/render-worker); without it, in-process. */
  renderer?: BookletRenderer;
  /**
   * The SQLite file main has open. With it, a preview is composed and rendered in the render
   * worker on a read-only connection (main forwards ids only); without it (PostgreSQL, an
   * in-memory database), main composes and the worker renders.
   */
  dbFile?: string;
}

type Rendered = RenderedPdf;

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Composes from the database and renders; nothing is stored. A blocked plan returns no PDF. */
export async function previewBooklet(
  db: Kysely<Database>,
  input: ComposeRequest,
  deps: BookletDeps = {},
): Promise<PreviewResult> {
  const now = deps.now?.() ?? new Date();
  // One preview per child at a time: a newer one replaces an older one still waiting.
  const key = `preview:${input.patientId}`;
  if (deps.renderer?.preview && deps.dbFile && deps.dbFile !== ':memory:') {
    const job = {
      dbFile: deps.dbFile,
      input,
      now: now.toISOString(),
      ...(deps.fontsDir ? { fontsDir: deps.fontsDir } : {}),
    };
    try {
      return await deps.renderer.preview(job, { key });
    } catch (error) {
      throw renderRefusal(error);
    }
  }
  const composed = await composeBooklet(db, input, now);
  const { result } = composed;
  if (result.status !== 'ok') return { plan: result, checkups: [], pdf: null };
  const r = await render(composed.request, deps, result.plan, key);
  return {
    plan: result,
    checkups: composed.checkups,
    pdf: { pdfBase64: r.bytes.toString('base64'), pages: r.pages, sizeBytes: r.bytes.length },
  };
}

/**
 * Composes, renders, hands the booklet over, then stores in one transaction: the plan (as the
 * child's current one, continuing or replacing the previous), its check-ups, and the booklet
 * with its bytes. A cancelled print or save dialog stores nothing.
 */
export async function issueBooklet(
  db: Kysely<Database>,
  input: ComposeRequest & { plan: PlanMode; action: BookletAction },
  deps: BookletDeps = {},
): Promise<IssueResult & { carePlanId: number | null }> {
  const now = deps.now?.() ?? new Date();
  const composed = await composeBooklet(db, input, now);
  const { result, request } = composed;
  if (result.status !== 'ok') throw blockedError(result.blocks);
  const rendered = await render(request, deps, result.plan);
  const delivered = await deliver(request, input.action, rendered, deps);
  if (!delivered) return { ...cancelled(), carePlanId: null };
  const { booklet, carePlanId } = await db.transaction().execute(async (trx) => {
    const carePlanId = await storePlan(
      trx,
      {
        patientId: input.patientId,
        assessmentId: input.assessmentId,
        clinicianId: composed.clinicianId,
        mode: input.plan,
        choices: input.choices,
        plan: result.plan,
        matches: composed.matches,
      },
      now,
    );
    const booklet = await archive(trx, {
      patientId: input.patientId,
      request,
      plan: result.plan,
      action: input.action,
      rendered,
      carePlanId,
      reprintOf: null,
      reissueOf: null,
      now,
    });
    return { booklet, carePlanId };
  });
  return { ...handOver(booklet, input.action, rendered, delivered.savedTo), carePlanId };
}

/**
 * The bytes the family received, checked against their SHA-256, whatever changed in code, fonts
 * or texts since. A missing or damaged copy is reported, never re-rendered in its place. On a
 * practice server the copy is read and archived through archived-copy.ts (any role may reprint).
 */
export async function reprintBooklet(
  db: Kysely<Database>,
  id: number,
  action: BookletAction,
  deps: BookletDeps = {},
): Promise<IssueResult> {
  const copy = await archivedCopy(db, id);
  if (!copy.bytes) {
    throw new AppError(
      'NOT_FOUND',
      'The stored copy of this booklet is missing, so it cannot be reprinted exactly. Re-issue it with today\u2019s texts instead.',
    );
  }
  const bytes = Buffer.from(copy.bytes);
  if (sha256(bytes) !== copy.sha256) {
    throw new AppError(
      'CONFLICT',
      'The stored copy of this booklet is damaged (its checksum does not match), so it was not reprinted. Re-issue it with today\u2019s texts, and check the backups.',
    );
  }
  const rendered: Rendered = { bytes, pages: copy.pages, sha256: copy.sha256 };
  const delivered = await deliver(copy.naming, action, rendered, deps);
  if (!delivered) return cancelled();
  const now = deps.now?.() ?? new Date();
  const row = copy.row;
  if (!row) {
    const newId = await recordServerReprint(db, id, action, now.toISOString());
    const booklet = (await listBooklets(db, copy.patientId)).find((b) => b.id === newId)!;
    return handOver(booklet, action, rendered, delivered.savedTo);
  }
  const booklet = await db.transaction().execute((trx) =>
    insertBooklet(trx, {
      patientId: row.patient_id,
      request: row.request,
      kind: row.kind,
      language: row.language,
      paper: row.paper,
      action,
      rendered,
      carePlanId: row.care_plan_id,
      reprintOf: row.reprint_of ?? row.id,
      reissueOf: null,
      now,
    }),
  );
  return handOver(booklet, action, rendered, delivered.savedTo);
}

/** Renders an archived booklet's content again with today's code and texts: a new booklet. */
export async function reissueBooklet(
  db: Kysely<Database>,
  id: number,
  action: BookletAction,
  deps: BookletDeps = {},
): Promise<IssueResult> {
  const row = await archived(db, id);
  const now = deps.now?.() ?? new Date();
  const request = BookletRequest.parse({ ...JSON.parse(row.request), generatedAt: now.toISOString() });
  const rendered = await render(request, deps);
  const delivered = await deliver(request, action, rendered, deps);
  if (!delivered) return cancelled();
  const booklet = await db.transaction().execute((trx) =>
    archive(trx, {
      patientId: row.patient_id,
      request,
      plan: null,
      kind: row.kind,
      action,
      rendered,
      carePlanId: row.care_plan_id,
      reprintOf: null,
      reissueOf: row.id,
      now,
    }),
  );
  return handOver(booklet, action, rendered, delivered.savedTo);
}

export async function listBooklets(db: Kysely<Database>, patientId: number): Promise<BookletRecord[]> {
  const rows = await db
    .selectFrom('booklets as b')
    .leftJoin('booklet_files as f', 'f.sha256', 'b.sha256')
    // Every column but the request: the front desk's login may not read it on a practice server.
    .select(RECORD_COLUMNS.map((c) => `b.${c}` as const))
    .select((eb) => eb('f.sha256', 'is not', null).as('stored'))
    .where('b.patient_id', '=', patientId)
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id', 'desc')
    .execute();
  return rows.map((r) => toRecord(r, Boolean(r.stored)));
}

/** The choices a booklet was issued with (the editor shows what changed since). */
export function choicesOf(request: BookletRequest): PlanChoices {
  const { settings, overrides, stepNotes, customSteps, specialistNotes, language, paper } = request;
  return { settings, overrides, stepNotes, customSteps, specialistNotes, language, paper };
}

async function archived(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('booklets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('This booklet');
  return row;
}

function blockedError(blocks: { code: string }[]): AppError {
  return new AppError(
    'VALIDATION',
    'The plan cannot be printed yet.',
    blocks.map((b) => ({ path: 'plan', message: b.code })),
  );
}

async function render(request: BookletRequest, deps: BookletDeps, plan?: Plan, key?: string): Promise<Rendered> {
  const job = { request, ...(deps.fontsDir ? { fontsDir: deps.fontsDir } : {}), ...(plan ? { plan } : {}) };
  try {
    return await (deps.renderer ? deps.renderer.render(job, key === undefined ? {} : { key }) : renderJob(job));
  } catch (error) {
    throw renderRefusal(error);
  }
}

/** A renderer's refusal as the AppError the user sees; anything else unchanged. */
function renderRefusal(error: unknown): unknown {
  if (error instanceof UnprintableCharacterError) {
    return new AppError('VALIDATION', error.message, [{ path: error.path, message: 'unprintableCharacter' }]);
  }
  if (error instanceof PlanBlockedError) return blockedError(error.blocks);
  if (error instanceof SupersededError) {
    return new AppError('CONFLICT', 'A newer preview of this booklet was asked for; this one was not rendered.');
  }
  return error;
}

/** Prints, saves or opens (desktop), or leaves the bytes for a download; null when the user cancelled. */
async function deliver(
  request: Pick<BookletRequest, 'child' | 'language' | 'generatedAt'>,
  action: BookletAction,
  rendered: Rendered,
  deps: BookletDeps,
): Promise<{ savedTo: string | null } | null> {
  const fileName = fileNameFor({
    child: request.child,
    what: FILE_WHAT[request.language].booklet,
    date: instantParts(Date.parse(request.generatedAt)).date,
    extension: 'pdf',
  });
  if (action === 'download') return { savedTo: null };
  if (!deps.desktop) {
    throw new AppError(
      'VALIDATION',
      'Printing, saving and opening go through the desktop app; download the PDF instead.',
    );
  }
  if (action === 'print') return (await deps.desktop.printPdf(rendered.bytes, fileName)) ? { savedTo: null } : null;
  if (action === 'save') {
    const savedTo = await deps.desktop.savePdf(rendered.bytes, fileName);
    return savedTo === null ? null : { savedTo };
  }
  await deps.desktop.openPdf(rendered.bytes, fileName);
  return { savedTo: null };
}

function handOver(booklet: BookletRecord, action: BookletAction, rendered: Rendered, savedTo: string | null) {
  return {
    booklet,
    pdf:
      action === 'download'
        ? { pdfBase64: rendered.bytes.toString('base64'), pages: rendered.pages, sizeBytes: rendered.bytes.length }
        : null,
    savedTo,
  };
}

interface ArchiveInput {
  patientId: number;
  request: BookletRequest;
  /** The plan the booklet prints; null: read the kind from `kind`. */
  plan: Plan | null;
  kind?: BookletTable['kind'];
  action: BookletAction;
  rendered: Rendered;
  carePlanId: number | null;
  reprintOf: number | null;
  reissueOf: number | null;
  now: Date;
}

async function archive(trx: Kysely<Database>, a: ArchiveInput): Promise<BookletRecord> {
  return insertBooklet(trx, {
    ...a,
    request: JSON.stringify(a.request),
    kind: a.plan?.edition.kind ?? a.kind ?? 'information',
    language: a.request.language,
    paper: a.request.paper,
  });
}

async function insertBooklet(
  trx: Kysely<Database>,
  a: Omit<ArchiveInput, 'request' | 'plan' | 'kind'> & {
    request: string;
    kind: BookletTable['kind'];
    language: BookletTable['language'];
    paper: BookletTable['paper'];
  },
): Promise<BookletRecord> {
  const stamp = a.now.toISOString();
  // Content-addressed: a reprint, or the same booklet issued twice, shares one stored copy.
  await trx
    .insertInto('booklet_files')
    .values({ sha256: a.rendered.sha256, bytes: a.rendered.bytes, created_at: stamp })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  const row = await trx
    .insertInto('booklets')
    .values({
      patient_id: a.patientId,
      created_at: stamp,
      action: a.action,
      kind: a.kind,
      language: a.language,
      paper: a.paper,
      pages: a.rendered.pages,
      size_bytes: a.rendered.bytes.length,
      sha256: a.rendered.sha256,
      plan_engine_version: PLAN_ENGINE_VERSION,
      content_version: CONTENT_VERSION,
      request: a.request,
      reprint_of: a.reprintOf,
      reissue_of: a.reissueOf,
      care_plan_id: a.carePlanId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row, true);
}

function cancelled(): IssueResult {
  return { booklet: null, pdf: null, savedTo: null };
}

const RECORD_COLUMNS = [
  ...['id', 'patient_id', 'created_at', 'action', 'kind', 'language', 'paper', 'pages', 'size_bytes'],
  ...['sha256', 'plan_engine_version', 'content_version', 'reprint_of', 'reissue_of', 'care_plan_id'],
] as const satisfies readonly Exclude<keyof BookletTable, 'request'>[];

function toRecord(r: Omit<Selectable<BookletTable>, 'request'>, stored: boolean): BookletRecord {
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
    reissueOf: r.reissue_of,
    carePlanId: r.care_plan_id,
    stored,
  };
}
