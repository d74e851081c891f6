import readline from 'node:readline';
import { Writable } from 'node:stream';
import { AppError } from '../services/errors';
import { setupPracticeServer, upgradePracticeServer } from '../services/server/setup';
import { version } from '../../package.json';
import { parseServerSetupArgs, SERVER_SETUP_USAGE, SetupUsageError } from './server-setup-args';

/*
 * The practice server's set-up command (issue 13 §1):
 *   PGHOST=db.example PGUSER=postgres node --import tsx electron/cli/server-setup.ts \
 *     --database valgo --admin-login anna --admin-name "Anna Petrova" < password.txt
 * Exit codes: 0 done (or the database already existed: said so, nothing changed), 2 bad
 * arguments or input, 1 anything else.
 */

function fail(message: string, code: number): never {
  process.stderr.write(`valgo server-setup: ${message}\n`);
  process.exit(code);
}

/** A line typed without echo. */
function ask(question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  process.stdout.write(question);
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) =>
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await ask('Password for the first administrator: ');
    const second = await ask('Again: ');
    if (first !== second) fail('the two passwords differ.', 2);
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}

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
      admin: { login, name: args.adminName ?? login, password: await readPassword() },
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
