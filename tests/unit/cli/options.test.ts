import { describe, expect, it } from 'vitest';
import { parseBookletArgs, USAGE } from '../../../electron/cli/booklet-args';
import { OptionError, readOptions } from '../../../electron/cli/options';

const problemOf = (argv: string[]) => {
  try {
    readOptions(argv, ['in', 'out']);
  } catch (error) {
    if (error instanceof OptionError) return [error.problem, error.argument];
    throw error;
  }
  return null;
};

describe('readOptions', () => {
  it('reads both spellings, and the last of a repeated option', () => {
    expect(readOptions(['--in', 'a.json', '--out=b.pdf'], ['in', 'out'])).toEqual({ in: 'a.json', out: 'b.pdf' });
    expect(readOptions(['--in', 'a', '--in', 'b'], ['in', 'out'])).toEqual({ in: 'b' });
    expect(readOptions(['--in=x=y'], ['in'])).toEqual({ in: 'x=y' });
    expect(readOptions([], ['in'])).toEqual({});
  });

  it('names what is wrong: unknown options, missing values, stray words', () => {
    expect(problemOf(['--verbose'])).toEqual(['unknown', '--verbose']);
    expect(problemOf(['-v'])).toEqual(['unknown', '-v']);
    expect(problemOf(['--in'])).toEqual(['no-value', '--in']);
    expect(problemOf(['--in='])).toEqual(['no-value', '--in']);
    expect(problemOf(['--in', '--out', 'x.pdf'])).toEqual(['no-value', '--in']);
    expect(problemOf(['request.json'])).toEqual(['positional', 'request.json']);
    expect(problemOf(['--', '--in'])).toEqual(['positional', '--in']);
  });
});

describe('parseBookletArgs', () => {
  it('reads --in and --out', () => {
    expect(parseBookletArgs(['--in', 'r.json', '--out', 'b.pdf'])).toEqual({ input: 'r.json', output: 'b.pdf' });
    expect(parseBookletArgs(['--out=b.pdf', '--in=r.json'])).toEqual({ input: 'r.json', output: 'b.pdf' });
  });

  it('refuses a bad command line with one line ending in the usage', () => {
    expect(() => parseBookletArgs(['--verbose'])).toThrow(`unknown option --verbose. ${USAGE}`);
    expect(() => parseBookletArgs(['--in'])).toThrow(`--in needs a file. ${USAGE}`);
    expect(() => parseBookletArgs(['--in', 'r.json'])).toThrow(USAGE);
    expect(() => parseBookletArgs(['x'])).toThrow(`unexpected argument x. ${USAGE}`);
  });
});
