import fs from 'node:fs';
import path from 'node:path';
import { setImmediate } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import type { DataSource, MoveProgress, MoveToServerReport } from '../../../shared/contract';
import type { CallContext, Handlers } from '../../dispatch';
import { DB_FILE_NAME } from '../../db/open';
import { AppError } from '../errors';
import { isLoopback } from '../server/login';
import { MoveRefusedError, type MoveProgress as ServerMoveProgress } from '../server/move';
import { movePractice, openMoveTarget, type PracticeMoveReport } from '../server/move-logins';
import { sourceTables, sqliteList } from '../server/move-tables';
import { isTlsFailure, isUnreachable, tlsOptions } from './probe';

/*
 * Settings → Data source → "Move this computer's records to a practice server": the admin's form
 * of `npm run server:move` (the same movePractice). It runs in main while the window keeps
 * working (the server's side is asynchronous I/O); the window polls data-source:move-progress.
 * The owner's login and password open this one move and are dropped with its connection.
 */

type MoveHandlers = Pick<Handlers, 'data-source:move' | 'data-source:move-progress'>;

const issue = (field: string, key: string, text: string) =>
  new AppError('VALIDATION', text, [{ path: field, message: key }]);

/** A failed connection as the field it concerns; null when it is something else. */
function connectionError(error: unknown): AppError | null {
  const code = String((error as { code?: unknown })?.code ?? '');
  if (code === '28P01' || code === '28000') {
    return issue('ownerPassword', 'wrongOwner', "The server refused this owner's login or password.");
  }
  if (code === '3D000') return issue('database', 'databaseNotFound', 'There is no such database on this server.');
  if (isTlsFailure(error)) {
    return issue('caFile', 'certificateRejected', "The server's certificate does not match the practice's CA.");
  }
  if (isUnreachable(error) || /^E[A-Z]+$/.test(code)) {
    return issue('host', 'serverUnreachable', 'The practice server could not be reached.');
  }
  return null;
}

/** The move's refusals as fields where one applies; everything else as what main said. */
function moveError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (!(error instanceof MoveRefusedError)) return connectionError(error) ?? error;
  const full = /already holds data \(table ([^)]*)\)/.exec(error.message);
  if (full) return issue('database', `notEmpty:${full[1]}`, error.message);
  if (/owner role/.test(error.message)) return issue('ownerLogin', 'notOwner', error.message);
  if (/schema/.test(error.message)) return issue('database', 'schemaMismatch', error.message);
  return new AppError('CONFLICT', error.message);
}

/**
 * The move's work in units, roughly as long as each step takes: a table's rows for its copy and
 * again for its verification, the children for the search index, one for each other step. A
 * copy reports its running row count, so the progress moves while a large table is copied. The
 * file's tables are counted one at a time, the event loop handed back between them.
 */
async function workOf(file: string): Promise<{ weightOf: (p: ServerMoveProgress) => number; total: number }> {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const rows = new Map<string, number>();
    for (const table of sourceTables(sqlite).keys()) {
      const { n } = sqlite.prepare(`SELECT count(*) AS n FROM ${sqliteList([table])}`).get() as { n: number };
      rows.set(table, n);
      await setImmediate();
    }
    const weightOf = (p: ServerMoveProgress) => {
      const n = rows.get(p.phase === 'search' ? 'patient_search' : (p.table ?? '')) ?? 0;
      if (p.phase === 'copy') return n;
      return p.phase === 'verify' || p.phase === 'search' ? Math.max(1, n) : 1;
    };
    // check, sequences and logins; the search index is rebuilt on the server instead of copied.
    let total = 3 + weightOf({ phase: 'search' });
    for (const table of rows.keys()) {
      if (table !== 'patient_search') total += weightOf({ phase: 'copy', table });
      total += weightOf({ phase: 'verify', table });
    }
    return { weightOf, total };
  } finally {
    sqlite.close();
  }
}

/** The units done as the move reports its steps: the steps before this one, and this copy's rows. */
function progressCounter(weightOf: (p: ServerMoveProgress) => number, total: number) {
  let finished = 0;
  let step: { key: string; weight: number } | null = null;
  return (p: ServerMoveProgress): MoveProgress => {
    const key = `${p.phase}:${p.table ?? ''}`;
    if (step?.key !== key) {
      finished += step?.weight ?? 0;
      step = { key, weight: weightOf(p) };
    }
    const within = p.phase === 'copy' ? Math.min(p.rows ?? 0, step.weight) : 0;
    return { phase: p.phase, table: p.table ?? null, done: Math.min(total, finished + within), total };
  };
}

const toReport = (report: PracticeMoveReport): MoveToServerReport => ({
  ok: report.ok,
  tables: report.tables,
  pdfs: report.pdfs,
  audit: {
    source: { ok: report.audit.source.ok, entries: report.audit.source.entries },
    target: report.audit.target ? { ok: report.audit.target.ok, entries: report.audit.target.entries } : null,
    note: report.audit.note ?? null,
  },
  logins: report.logins,
});

export function moveHandlers(
  deps: { dataDir: string; active: DataSource },
  mayChange: (ctx: CallContext) => Promise<void>,
): MoveHandlers {
  let progress: MoveProgress | null = null;
  return {
    'data-source:move-progress': async () => progress,
    'data-source:move': async (input, ctx) => {
      await mayChange(ctx);
      if (deps.active.kind !== 'local') {
        throw new AppError(
          'CONFLICT',
          'This computer already works on a practice server: there is nothing here to move.',
        );
      }
      if (progress) throw new AppError('CONFLICT', 'A move is already running.');
      const sqliteFile = path.join(deps.dataDir, DB_FILE_NAME);
      if (!fs.existsSync(sqliteFile)) throw new AppError('CONFLICT', 'This window has no SQLite file to move.');
      if (!input.caFile && !isLoopback(input.host)) {
        throw issue(
          'caFile',
          'tlsRequired',
          "A practice server on another computer needs the practice's CA certificate.",
        );
      }
      let ssl;
      try {
        ssl = tlsOptions(input);
      } catch {
        throw issue('caFile', 'unreadable', 'The CA certificate file could not be read as a PEM certificate.');
      }
      progress = { phase: 'check', table: null, done: 0, total: 1 };
      let work;
      try {
        work = await workOf(sqliteFile);
      } catch (error) {
        progress = null;
        throw error;
      }
      const { total } = work;
      const advance = progressCounter(work.weightOf, total);
      progress = { phase: 'check', table: null, done: 0, total };
      let server;
      try {
        server = await openMoveTarget({
          host: input.host,
          port: input.port,
          database: input.database,
          user: input.ownerLogin,
          password: input.ownerPassword,
          ssl,
          connectionTimeoutMillis: 10_000,
          application_name: 'valgo-move',
        });
        const report = await movePractice({
          sqliteFile,
          target: server.db,
          adminLogin: input.adminLogin,
          adminPassword: input.adminPassword,
          onProgress: (p) => {
            progress = advance(p);
          },
        });
        return toReport(report);
      } catch (error) {
        throw moveError(error);
      } finally {
        progress = null;
        await server?.close().catch(() => undefined);
      }
    },
  };
}
