import { OptionError, readOptions } from './options';

/* The options of `npm run booklet -- --in request.json --out booklet.pdf`. */

export const USAGE = 'Usage: npm run booklet -- --in request.json --out booklet.pdf';

/** Thrown for a bad command line; the message is the one line the command prints. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseBookletArgs(argv: readonly string[]): { input: string; output: string } {
  let values;
  try {
    values = readOptions(argv, ['in', 'out']);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    const message = error.problem === 'no-value' ? `${error.argument} needs a file` : error.message;
    throw new UsageError(`${message}. ${USAGE}`, { cause: error });
  }
  if (!values.in || !values.out) throw new UsageError(USAGE);
  return { input: values.in, output: values.out };
}
