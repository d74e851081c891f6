import { dumpServer, restoreDrill, type DrillResult } from '../services/server/pg-backup';
import { pruneBackups } from '../services/server/pg-backup-folder';
import { PgToolMissingError } from '../services/server/pg-tools';
import { OptionError, readOptions } from './options';

/*
 * Backs up the practice server, for a systemd timer or cron:
 *
 *   node --import tsx electron/cli/server-backup.ts --url postgres://backup@host:5432/valgo --folder /var/backups/valgo [--keep 30] [--bin /usr/lib/postgresql/15/bin]
 *
 * pg_dump of one consistent snapshot plus the roles (pg_dumpall --roles-only where allowed), a
 * manifest with SHA-256 and row counts, then a test restore into a temporary database. `--keep`
 * deletes all but the newest N backups after a good one. A restore drill of an existing backup:
 *
 *   node --import tsx electron/cli/server-backup.ts --url ... --drill /var/backups/valgo/<name>-manifest.json
 *
 * The URL may also come from VALGO_SERVER_URL; the password from PGPASSWORD or ~/.pgpass.
 * Exit code 0 when the backup (or drill) checked out, 1 otherwise, 2 for a wrong command line.
 */

const USAGE =
  'usage: server-backup --url postgres://user@host:port/database (--folder <dir> [--keep N] | --drill <manifest.json>) [--bin <dir>]';

function fail(message: string, code: number): never {
  process.stderr.write(`valgo server-backup: ${message}\n`);
  process.exit(code);
}

function drillLines(drill: DrillResult): string {
  const lines = drill.tables
    .filter((t) => !t.ok)
    .map((t) => `  ${t.name}: ${t.expected} rows expected, ${t.restored} restored`);
  lines.push(
    drill.ok
      ? `test restore: ${drill.tables.length} tables, every row count matches (${drill.listed} archive entries)`
      : `test restore FAILED: ${drill.problem ?? 'see above'}`,
  );
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  let options;
  try {
    options = readOptions(process.argv.slice(2), ['url', 'folder', 'keep', 'drill', 'bin'] as const);
  } catch (error) {
    if (error instanceof OptionError) fail(`${error.message}\n${USAGE}`, 2);
    throw error;
  }
  const url = options.url ?? process.env.VALGO_SERVER_URL;
  if (!url || (!options.folder && !options.drill) || (options.folder && options.drill)) fail(USAGE, 2);
  const keep = options.keep === undefined ? null : Number(options.keep);
  if (keep !== null && (!Number.isInteger(keep) || keep < 1))
    fail('--keep needs a whole number of backups, 1 or more', 2);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (options.drill) {
      const drill = await restoreDrill({ url, manifestFile: options.drill, pgBinDir: options.bin, onProgress: say });
      process.stdout.write(drillLines(drill));
      process.exitCode = drill.ok ? 0 : 1;
      return;
    }
    const result = await dumpServer({ url, folder: options.folder!, pgBinDir: options.bin, onProgress: say });
    say(`manifest: ${result.manifestFile}`);
    if (result.manifest.rolesNote) say(result.manifest.rolesNote);
    process.stdout.write(drillLines(result.drill));
    if (result.ok && keep !== null) {
      const removed = pruneBackups(options.folder!, keep);
      if (removed.length > 0) say(`removed ${removed.length} old backup files (keeping ${keep})`);
    }
    process.exitCode = result.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof PgToolMissingError) fail(error.message, 1);
    fail(`the backup failed: ${(error as Error).message}`, 1);
  }
}

void main();
