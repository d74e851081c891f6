import { describe, expect, it } from 'vitest';
import { bookletTexts } from '../../../shared/content';
import { leaves, paragraphs, sentencesOf, type Leaf } from './walk';

/*
 * Wording rules from booklet-design.md ("Words") and booklet-content.md §0: no promise of a cure,
 * never "hallux valgus", short sentences, and texts that fit their slot on the printed page.
 */

const en = leaves(bookletTexts('en'));
const ru = leaves(bookletTexts('ru'));

const offending = (texts: Leaf[], pattern: RegExp) =>
  texts.filter((l) => pattern.test(l.value)).map((l) => `${l.path}: ${l.value}`);

/** Source citations stay in their original language. */
const isReference = (path: string) => path.startsWith('about.references.');

describe('booklet texts: wording', () => {
  it('en never promises to cure or correct', () => {
    expect(offending(en, /\bcur(e|es|ed|ing)\b|\bcorrect|\bfix(es|ed)?\b/i)).toEqual([]);
  });

  it('ru never promises to cure or correct', () => {
    expect(offending(ru, /вылеч|излеч|исправ|исцел/i)).toEqual([]);
  });

  it('never says "hallux" (the source article’s wrong term)', () => {
    expect(offending([...en, ...ru], /hallux|халлюкс|халюкс|bunion/i)).toEqual([]);
  });

  it('uses typographic quotes and apostrophes, not straight ones', () => {
    expect(offending([...en, ...ru], /['"]/)).toEqual([]);
  });

  it('en texts contain no Cyrillic; ru texts are Russian', () => {
    expect(offending(en, /\p{Script=Cyrillic}/u)).toEqual([]);
    const untranslated = ru.filter(
      (l) =>
        !isReference(l.path) && /\p{L}/u.test(l.value.replace(/\{\w+\}/g, '')) && !/\p{Script=Cyrillic}/u.test(l.value),
    );
    expect(untranslated.map((l) => `${l.path}: ${l.value}`)).toEqual([]);
  });

  it('never puts a counted word after a number that would need plural agreement', () => {
    const numeric = new Set([
      'minutes',
      'startMinutes',
      'reps',
      'startReps',
      'seconds',
      'soakMinutes',
      'coolSeconds',
      'warmMinutes',
      'days',
      'n',
      'total',
      'courseDays',
      'breakDays',
      'months',
      'page',
      'pages',
      'angle',
    ]);
    // What may follow a number: nothing, a unit abbreviation, or a word that does not agree with it.
    const allowed = new Set(['', 'min', 's', 'of', 'extra', '°', 'мин', 'сек', 'дн', 'мес', 'из', '(всего', '-му']);
    // English plurals are safe where the number is never 1 (types.ts: course and break days >= 7, months >= 2).
    const allowedAfter: Record<string, string> = { courseDays: 'days', breakDays: 'days', months: 'months' };
    const bad: string[] = [];
    for (const { path, value } of [...en, ...ru]) {
      for (const m of value.matchAll(/\{(\w+)\}(\s*)(\S*)/g)) {
        const name = m[1]!;
        const next = (m[2] === '' && m[3]!.startsWith('°') ? '°' : m[3]!).replace(/[.,;:)]+$/, '').toLowerCase();
        if (numeric.has(name) && !allowed.has(next) && allowedAfter[name] !== next)
          bad.push(`${path}: {${name}} ${next}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps sentences short', () => {
    const tooLong = (texts: Leaf[], maxWords: number) =>
      texts
        .filter((l) => !isReference(l.path))
        .flatMap((l) => sentencesOf(l.value).map((s) => ({ path: l.path, s })))
        .filter(({ s }) => s.split(/\s+/).length > maxWords)
        .map(({ path, s }) => `${path}: ${s}`);
    expect(tooLong(en, 24)).toEqual([]);
    expect(tooLong(ru, 22)).toEqual([]);
  });

  it('ends every sentence of a paragraph with punctuation', () => {
    for (const locale of ['en', 'ru'] as const) {
      for (const { path, sentences } of paragraphs(bookletTexts(locale))) {
        for (const s of sentences) expect(s, `${locale} ${path}`).toMatch(/[.!?:…]$/);
      }
    }
  });

  // The longest text each slot takes in English; Russian may run 25% longer (booklet-design.md).
  const slots: [RegExp, number][] = [
    [/^calendar\.(columns|stepColumns)\./, 16],
    [/^calendar\.(intensity|faces|slots|skipped\.(?!heading)|breakStrip\.(cycling|swimming|barefoot|exercises)$)/, 20],
    [/^(sides|legs|diagnosis\.(methods|degree|degreeNone))\b/, 32],
    [/(^|\.)(title|heading|name)$/, 48],
    [/^(editions\.[^.]+(\.toddler)?\.coverLine|editions\.specialist_care\.supportiveBanner)$/, 56],
    [/^(calendar|planOverview\.(course|break|visit|start)|checkupLog|footer|stepLabels|cover|fromSpecialist)\./, 64],
    [/\.(dose|description)$/, 90],
    [/^gettingReady\.items\./, 100],
    [/./, 180],
  ];
  const limitFor = (path: string) => slots.find(([pattern]) => pattern.test(path))![1];

  it.each([
    ['en', en, 1],
    ['ru', ru, 1.25],
  ] as const)('%s: every text fits its slot', (_locale, texts, factor) => {
    const over = texts
      .filter((l) => !isReference(l.path) && l.value.length > Math.floor(limitFor(l.path) * factor))
      .map((l) => `${l.path} (${l.value.length} > ${Math.floor(limitFor(l.path) * factor)}): ${l.value}`);
    expect(over).toEqual([]);
  });
});
