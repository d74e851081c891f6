import fs from 'node:fs';
import path from 'node:path';
import { openPostgres } from '../db/engine';
import { DB_FILE_NAME } from '../db/open';
import { MoveRefusedError, moveToServer, type MoveReport } from '../services/server/move';
import { OptionError, readOptions } from './options';

/*
 * Moves a practice from its SQLite file to an empty, set-up practice server database:
 *
 *   node --import tsx electron/cli/move-to-server.ts --from <data folder or valgo.sqlite3> --to <postgres url>
 *
 * Close Valgo on this computer first. The file is opened read-only and left as it is. Connect as
 * the database's owner role; give its password in PGPASSWORD or ~/.pgpass rather than in the URL.
 * Prints progress and the verification report; exit code 0 when every table, PDF and the audit
 * chain match, 1 on any mismatch or refusal, 2 for a wrong command line.
 */

const USAGE = 'usage: move-to-server --from <data folder or valgo.sqlite3> --to postgres://owner@host:port/database';

const PHASES = {
  check: 'checking the file and the server',
  sequences: 'advancing id sequences',
  search: 'rebuilding the search index',
} as const;

function fail(message: string, code: number): never {
  process.stderr.write(`valgo move-to-server: ${message}\n`);
  process.exit(code);
}

function formatReport(report: MoveReport): string {
  const width = Math.max(...report.tables.map((t) => t.name.length), 5);
  const lines = [`${'table'.padEnd(width)}  ${'file'.padStart(8)}  ${'server'.padStart(8)}  check`];
  for (const t of report.tables) {
    lines.push(
      `${t.name.padEnd(width)}  ${String(t.source).padStart(8)}  ${String(t.target).padStart(8)}  ${t.ok ? 'ok' : 'MISMATCH'}`,
    );
  }
  lines.push(`archived PDFs: ${report.pdfs.count}, ${report.pdfs.ok ? 'every one matches its SHA-256' : 'MISMATCH'}`);
  const { source, target, note } = report.audit;
  lines.push(
    `audit chain in the file: ${source.ok ? 'intact' : `broken at entry ${source.firstBadId} (${source.problem})`}, ${source.entries} entries`,
  );
  lines.push(
    target
      ? `audit chain on the server: ${target.ok ? 'intact' : `broken at entry ${target.firstBadId} (${target.problem})`}, ${target.entries} entries`
      : `audit chain on the server: ${note ?? 'not walked'}`,
  );
  lines.push(
    report.ok ? 'The move is complete and verified.' : 'The server does NOT match the file: do not use it; see above.',
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  let options;
  try {
    options = readOptions(process.argv.slice(2), ['from', 'to'] as const);
  } catch (error) {
    if (error instanceof OptionError) fail(`${error.message}\n${USAGE}`, 2);
    throw error;
  }
  if (!options.from || !options.to) fail(USAGE, 2);
  const from = path.resolve(options.from);
  const sqliteFile = fs.existsSync(from) && fs.statSync(from).isDirectory() ? path.join(from, DB_FILE_NAME) : from;
  const server = openPostgres({ connectionString: options.to, max: 2 });
  try {
    const report = await moveToServer({
      sqliteFile,
      target: server.db,
      onProgress: (p) => {
        if (p.phase === 'copy') process.stdout.write(`copied ${p.table}: ${p.rows} rows\n`);
        else if (p.phase === 'verify') process.stdout.write(`verifying ${p.table}\n`);
        else process.stdout.write(`${PHASES[p.phase]}\n`);
      },
    });
    process.stdout.write(formatReport(report));
    process.exitCode = report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof MoveRefusedError) fail(error.message, 1);
    fail(`the move failed and was rolled back: ${(error as Error).message}`, 1);
  } finally {
    await server.close();
  }
}

void main();
