import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../electron/pdf/kit/fonts';
import { breakLines, type Measure } from '../../../electron/pdf/kit/line-break';
import { Metrics } from '../../../electron/pdf/kit/metrics';

/** Every character 1 wide: widths are lengths, so the expected lines can be read off. */
const mono: Measure = (text) => [...text].length;
const lines = (text: string, width: number, wholeWords = false) => breakLines(text, width, mono, { wholeWords }).lines;

describe('breakLines (UAX #14 opportunities, greedy)', () => {
  it('breaks at spaces, fills each line, collapses runs of spaces and keeps blank lines', () => {
    expect(lines('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(lines('  a   b  ', 10)).toEqual(['a b']);
    expect(lines('one\n\ntwo\tthree', 20)).toEqual(['one', '', 'two three']);
    expect(lines('', 10)).toEqual(['']);
  });

  it('breaks after a hyphen inside a name, and keeps such words whole when asked', () => {
    expect(lines('Anna Petrova-Vodkina', 16)).toEqual(['Anna Petrova-', 'Vodkina']);
    expect(lines('Anna Petrova-Vodkina', 16, true)).toEqual(['Anna', 'Petrova-Vodkina']);
    expect(lines('по-прежнему хорошо', 12)).toEqual(['по-прежнему', 'хорошо']);
    expect(lines('ещё по-прежнему', 8)).toEqual(['ещё по-', 'прежнему']);
  });

  it('never breaks inside "-5" or before closing punctuation', () => {
    expect(lines('a -5 (b)', 3)).toEqual(['a', '-5', '(b)']);
    expect(lines('end.) x', 5)).toEqual(['end.)', 'x']);
  });

  it('shows a soft hyphen only where a line ends at it', () => {
    const text = 'super\u00adcali\u00adfragi';
    expect(lines(text, 20)).toEqual(['supercalifragi']);
    expect(lines(text, 10)).toEqual(['supercali\u00ad', 'fragi']);
    expect(lines(text, 10, true)).toEqual(['supercali\u00ad', 'fragi']);
  });

  it('breaks a long address at its slashes before cutting it between characters', () => {
    const url = 'https://valgo.example/booklet/abcdefghijkl';
    expect(lines(`see ${url}`, 14, true)).toEqual(['see https://', 'valgo.example/', 'booklet/', 'abcdefghijkl']);
    expect(lines('x'.repeat(25), 10)).toEqual(['x'.repeat(9), 'x'.repeat(9), 'x'.repeat(7)]);
  });

  it('says which lines end inside a word', () => {
    const r = breakLines('see https://valgo.example/x and more', 14, mono);
    expect(r.lines).toEqual(['see https://', 'valgo.example/', 'x and more']);
    expect(r.joined).toEqual([true, true, false]);
    expect(breakLines('ab cd', 2, mono).joined).toEqual([false, false]);
  });

  it('keeps every character in order and every line within the width', () => {
    const word = fc.stringMatching(/^[a-zа-я\-/.]{1,14}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.integer({ min: 4, max: 30 }),
        fc.boolean(),
        (words, w, whole) => {
          const text = words.join(' ');
          const r = breakLines(text, w, mono, { wholeWords: whole });
          for (const line of r.lines) expect(mono(line)).toBeLessThanOrEqual(w);
          const again = r.lines.map((line, i) => (r.joined[i] ? line : `${line} `)).join('');
          expect(again.replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
        },
      ),
    );
  });
});

describe('Metrics.wrap with the real fonts', () => {
  const metrics = new Metrics(loadFonts());
  const style = { font: 'regular', size: 11 } as const;

  it('fits Cyrillic, Latin and a URL into the width', () => {
    const text = 'Массаж стопы по-прежнему нужен каждый день; see https://valgo.example/booklet/1234 today.';
    const wrapped = metrics.wrap(text, style, 120);
    expect(wrapped.length).toBeGreaterThan(3);
    for (const line of wrapped) expect(metrics.width(line, style)).toBeLessThanOrEqual(120);
    expect(wrapped.join(' ').replace(/(?<=[-/]) /g, '')).toBe(text);
  });
});
