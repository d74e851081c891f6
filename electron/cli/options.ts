/*
 * Command-line options for Valgo's small commands (`npm run booklet`, browser mode), read with
 * node:util parseArgs. Every option takes a value (`--name value` or `--name=value`); anything
 * else is refused with an OptionError that says what was wrong with which argument, so each
 * command can word one line for it and exit with code 2.
 */
import { parseArgs } from 'node:util';

export type OptionProblem = 'unknown' | 'no-value' | 'positional';

export class OptionError extends Error {
  override readonly name = 'OptionError';
  constructor(
    readonly problem: OptionProblem,
    /** The argument as typed: `--verbose`, `-x`, or the stray word. */
    readonly argument: string,
  ) {
    super(
      problem === 'unknown'
        ? `unknown option ${argument}`
        : problem === 'no-value'
          ? `${argument} needs a value`
          : `unexpected argument ${argument}`,
    );
  }
}

export type OptionValues<N extends string> = Partial<Record<N, string>>;

/**
 * The values of `names` in `argv` (the last one wins when an option is repeated). Refuses an
 * unknown option, a stray argument, and an option without a value: missing, empty, or the next
 * option (`--in --out x.pdf` must not read "--out" as the input file).
 */
export function readOptions<N extends string>(argv: readonly string[], names: readonly N[]): OptionValues<N> {
  const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
  // Not strict: the tokens say what was wrong, so the message can name the option as typed.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const values: OptionValues<N> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') throw new OptionError('positional', token.value);
    if (token.kind === 'option-terminator') continue;
    if (!(names as readonly string[]).includes(token.name)) throw new OptionError('unknown', token.rawName);
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('--'))) {
      throw new OptionError('no-value', token.rawName);
    }
    values[token.name as N] = value;
  }
  return values;
}
