import { AppError } from '../services/errors';
import { setupPracticeServer, upgradePracticeServer } from '../services/server/setup';
import { version } from '../../package.json';
import { readNewPassword } from './read-password';
import { parseServerSetupArgs, SERVER_SETUP_USAGE, SetupUsageError } from './server-setup-args';

/*
 * The practice server's set-up command (issue 13 §1):
 *   PGHOST=db.example PGUSER=postgres node --import tsx electron/cli/server-setup.ts \
 *     --database valgo --admin-login anna --admin-name "Anna Petrova" < password.txt
 * or, for a practice moving its SQLite file to the server (no administrator; server:move next):
 *   … electron/cli/server-setup.ts --database valgo --for-move
 * Exit codes: 0 done (or the database already existed: said so, nothing changed), 2 bad
 * arguments or input, 1 anything else.
 */

function fail(message: string, code: number): never {
  process.stderr.write(`valgo server-setup: ${message}\n`);
  process.exit(code);
}

const readPassword = (question: string) =>
  readNewPassword(question).catch((error: unknown) => fail((error as Error).message, 2));

async function main(): Promise<void> {
  let args;
  try {
    args = parseServerSetupArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof SetupUsageError) fail(`${error.message}\n${SERVER_SETUP_USAGE}`, 2);
    throw error;
  }
  if (args.help) {
    process.stdout.write(`${SERVER_SETUP_USAGE}\n`);
    return;
  }
  try {
    if (args.upgrade) {
      const { from, to } = await upgradePracticeServer({
        superuser: args.superuser,
        database: args.database,
        appVersion: version,
      });
      process.stdout.write(
        from === to
          ? `The database "${args.database}" is already at schema ${to}.\n`
          : `Upgraded "${args.database}" from schema ${from} to ${to}.\n`,
      );
      return;
    }
    const login = args.adminLogin ?? '';
    const result = await setupPracticeServer({
      superuser: args.superuser,
      database: args.database,
      admin: args.forMove
        ? null
        : {
            login,
            name: args.adminName ?? login,
            password: await readPassword('Password for the first administrator: '),
          },
      appVersion: version,
    });
    process.stdout.write(`${result.message}\n`);
  } catch (error) {
    if (error instanceof AppError) {
      const field = error.issues?.[0]?.path;
      fail(field ? `${field}: ${error.message}` : error.message, 2);
    }
    throw error;
  }
}

main().catch((error: unknown) => fail((error as Error).message, 1));
