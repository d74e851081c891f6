import readline from 'node:readline';
import { Writable } from 'node:stream';

/*
 * A new password for a command-line tool: asked twice without echo at a terminal, else the first
 * line of standard input (a script's `< password.txt`). Never an argument: those are visible to
 * every user of the machine in the process list.
 */

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

/** The password; rejects when the two typed at a terminal differ. */
export async function readNewPassword(question: string): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await ask(question);
    const second = await ask('Again: ');
    if (first !== second) throw new Error('the two passwords differ.');
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
}
