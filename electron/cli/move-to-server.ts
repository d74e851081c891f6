import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME } from '../db/open';
import { AppError } from '../services/errors';
import { MoveRefusedError } from '../services/server/move';
import { movePractice, openMoveTarget, type PracticeMoveReport } from '../services/server/move-logins';
import { OptionError, readOptions } from './options';
import { readNewPassword } from './read-password';

/*
 * Moves a practice from its SQLite file to a practice server database set up for the move
 * (`server:setup -- --database valgo --for-move`), and makes the moved staff's logins:
 *
 *   node --import tsx electron/cli/move-to-server.ts --from <data folder or valgo.sqlite3> \
 *     --to postgres://postgres@host:port/valgo --admin-login <username> < password.txt
 *
 * Close Valgo on this computer first. The file is opened read-only and left as it is. The URL's
 * login must be able to act as the database's owner role (the server's superuser does); give its
 * password in PGPASSWORD or ~/.pgpass rather than in the URL. The named administrator's new
 * server password is asked twice at a terminal (or read as one line of standard input). Prints
 * progress, the verification report and the logins made; exit code 0 when every table, PDF and
 * the audit chain match, 1 on any mismatch or refusal, 2 for a wrong command line.
 */

const USAGE =
  'usage: move-to-server --from <data folder or valgo.sqlite3> --to postgres://superuser@host:port/database ' +
  '--admin-login <username of an administrator in the file>';

const PHASES = {
  check: 'checking the file and the server',
  sequences: 'advancing id sequences',
  search: 'rebuilding the search index',
  logins: "making the staff's database logins",
} as const;

function fail(message: string, code: number): never {
  process.stderr.write(`valgo move-to-server: ${message}\n`);
  process.exit(code);
}

function formatLogins(report: PracticeMoveReport): string[] {
  const lines = ['', 'database logins:'];
  for (const l of report.logins) {
    const who = `${l.username} (${l.role})`;
    if (l.outcome === 'created') {
      lines.push(`  ${l.login}: made for ${who}${l.admin ? ', with the password given now' : ', no password yet'}`);
    } else if (l.outcome === 'loginTaken') {
      lines.push(`  ${l.login}: NOT made for ${who}: a login of that name already exists on this server`);
    } else {
      lines.push(`  NOT made for ${who}: the username is not a valid login name (a-z, digits, _); add them again`);
    }
  }
  lines.push("The administrator sets the others' passwords in Settings → Staff → Reset password after signing in.");
  return lines;
}

function formatReport(report: PracticeMoveReport): string {
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
  lines.push(...formatLogins(report));
  lines.push(
    report.ok ? 'The move is complete and verified.' : 'The server does NOT match the file: do not use it; see above.',
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  let options;
  try {
    options = readOptions(process.argv.slice(2), ['from', 'to', 'admin-login'] as const);
  } catch (error) {
    if (error instanceof OptionError) fail(`${error.message}\n${USAGE}`, 2);
    throw error;
  }
  if (!options.from || !options.to || !options['admin-login']) fail(USAGE, 2);
  const from = path.resolve(options.from);
  const sqliteFile = fs.existsSync(from) && fs.statSync(from).isDirectory() ? path.join(from, DB_FILE_NAME) : from;
  let database: string;
  try {
    database = decodeURIComponent(new URL(options.to).pathname.replace(/^\//, ''));
  } catch {
    fail(`--to is not a postgres:// URL\n${USAGE}`, 2);
  }
  if (!database) fail(`--to names no database\n${USAGE}`, 2);
  const password = await readNewPassword(`New server password for ${options['admin-login']}: `).catch(
    (error: unknown) => fail((error as Error).message, 2),
  );
  let server;
  try {
    server = await openMoveTarget({ connectionString: options.to, database });
    const report = await movePractice({
      sqliteFile,
      target: server.db,
      adminLogin: options['admin-login'],
      adminPassword: password,
      onProgress: (p) => {
        if (p.phase === 'copy') process.stdout.write(`copied ${p.table}: ${p.rows} rows\n`);
        else if (p.phase === 'verify') process.stdout.write(`verifying ${p.table}\n`);
        else process.stdout.write(`${PHASES[p.phase]}\n`);
      },
    });
    process.stdout.write(formatReport(report));
    process.exitCode = report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof AppError) {
      const field = error.issues?.[0]?.path;
      fail(field ? `${field === 'adminLogin' ? '--admin-login' : field}: ${error.message}` : error.message, 1);
    }
    if (error instanceof MoveRefusedError) fail(error.message, 1);
    fail(`the move failed and was rolled back: ${(error as Error).message}`, 1);
  } finally {
    await server?.close();
  }
}

void main();
