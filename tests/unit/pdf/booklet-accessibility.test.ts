/*
 * The booklet as a screen reader meets it (tagged PDF, PDF/UA): every edition, in English and
 * Russian, read back with poppler (`pdfinfo -struct`, `pdfinfo -struct-text`, `pdftotext -raw`)
 * and with pdf-structure.ts for what poppler does not decode or print (titles, alternative text).
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BookletRequestInput } from '../../../shared/contract/booklets';
import { BookletRequest } from '../../../shared/contract/booklets';
import { bookletTexts, fill } from '../../../shared/content';
import { loadFonts } from '../../../electron/pdf/kit/fonts';
import { linesOf, spoken } from '../../../electron/pdf/booklet/blocks';
import { BOOKLET_BREAKING, type Layout } from '../../../electron/pdf/booklet/layout';
import { Metrics } from '../../../electron/pdf/kit/metrics';
import { planOf } from '../../../electron/pdf/booklet/render-booklet';
import { fixture, pdfinfo, popplerMissing, render, skipNote } from './booklet-helpers';
import { pageContent, pathOf, PdfFile, structTree, type StructNode, unmarkedPainting, walk } from './pdf-structure';

const en = fixture('booklet-full-en');
const ru = fixture('booklet-ru');

type Assessment = NonNullable<BookletRequestInput['assessment']>;
const noDegree = (a: Assessment): Assessment => ({
  ...a,
  left: { ...a.left, degree: 0 },
  right: { ...a.right, degree: 0 },
});

/** Each edition in each language; specialist care once from a red flag, once from a rigid foot. */
const CASES: { name: string; kind: string; input: BookletRequestInput }[] = [
  { name: 'full, English', kind: 'full', input: en },
  { name: 'full, Russian', kind: 'full', input: ru },
  { name: 'information, English', kind: 'information', input: { ...en, assessment: noDegree(en.assessment!) } },
  {
    // With a logo and no clinic name: the logo's alternative text comes from the booklet texts.
    name: 'information, Russian',
    kind: 'information',
    input: {
      ...ru,
      assessment: noDegree(ru.assessment!),
      clinic: { ...ru.clinic, name: '', logoPng: en.clinic.logoPng },
    },
  },
  {
    name: 'specialist care, English',
    kind: 'specialist_care',
    input: { ...en, assessment: { ...en.assessment!, redFlags: ['pain'] } },
  },
  {
    name: 'specialist care, Russian',
    kind: 'specialist_care',
    input: { ...ru, assessment: { ...ru.assessment!, left: { ...ru.assessment!.left, flexible: 'no' } } },
  },
];

function run(tool: string, args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

/**
 * Where the tagged text (what a screen reader speaks, `pdfinfo -struct-text`) breaks the words
 * printed on the page (`pdftotext -raw`, which reads glyph positions):
 * - joined: a tagged word made of two or more printed words, the space between them lost at a
 *   line break or between labels ("planned.During", "checkhow");
 * - torn: two tagged words, letter against letter, that are one printed word ("spec ialist");
 * - not printed: a tagged word that is no printed word nor the start or end of one.
 * A tagged word that only starts or ends a printed word passes: pdftotext sometimes runs a word
 * into the mark after it ("________________·") across a space the content does have.
 */
function wordsNotPrinted(structText: string, rawText: string): string[] {
  const words = rawText.split(/\s+/).filter(Boolean);
  const printed = new Set(words);
  const split = (word: string): string[] | null => {
    // Fewest printed words that make up `word`, when it is made of them.
    const best: (string[] | null)[] = [[]];
    for (let end = 1; end <= word.length; end++) {
      best[end] = null;
      for (let start = 0; start < end; start++) {
        const head = best[start];
        if (head && printed.has(word.slice(start, end)) && (!best[end] || head.length + 1 < best[end]!.length))
          best[end] = [...head, word.slice(start, end)];
      }
    }
    return best[word.length] ?? null;
  };
  const letters = (a: string, b: string): boolean => /\p{L}$/u.test(a) && /^\p{L}/u.test(b);
  const found: string[] = [];
  for (const line of structText.split('\n')) {
    const m = /^\s*"(.*)"$/.exec(line);
    if (!m) continue;
    const tagged = m[1]!.split(/\s+/).filter(Boolean);
    for (let i = 0; i < tagged.length; i++) {
      const word = tagged[i]!;
      const next = tagged[i + 1] ?? '';
      if (next && letters(word, next) && printed.has(word + next) && !(printed.has(word) && printed.has(next))) {
        found.push(`${word} ${next} (torn: ${word + next})`);
        i++;
        continue;
      }
      if (printed.has(word)) continue;
      const parts = split(word);
      if (parts && parts.length > 1) found.push(`${word} (joined: ${parts.join(' | ')})`);
      else if (!words.some((w) => w.startsWith(word) || w.endsWith(word))) found.push(`${word} (not a printed word)`);
    }
  }
  return found;
}

/** The elements `pdfinfo -struct-text` prints, in order, each with the text of its content. */
function structText(out: string): { type: string; text: string }[] {
  const elements: { type: string; text: string }[] = [];
  for (const line of out.split('\n')) {
    const content = /^\s*"(.*)"$/.exec(line);
    if (content) elements.at(-1)!.text += content[1];
    else if (/^\s*[A-Za-z]/.test(line)) elements.push({ type: /^\s*(\S+)/.exec(line)![1]!, text: '' });
  }
  return elements;
}

/** The language a text is written in, from its letters: null when mixed or too short to tell. */
function scriptLanguage(text: string): 'en' | 'ru' | null {
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  const latinWords = text.match(/\p{Script=Latin}{2,}/gu)?.length ?? 0;
  if (cyrillic && latinWords === 0) return 'ru';
  if (!cyrillic && latinWords >= 2) return 'en';
  return null;
}

describe.skipIf(popplerMissing)(`booklet accessibility${skipNote}`, { timeout: 60_000 }, () => {
  describe.each(CASES)('$name', ({ kind, input }) => {
    let file = '';
    let pdf: PdfFile;
    let tree: StructNode[];
    let raw = '';
    let xmp = '';
    const t = bookletTexts(input.language);
    const coverTitle = fill(t.sections.cover.title, { name: input.child.firstName });

    beforeAll(async () => {
      expect(planOf(BookletRequest.parse(input)).edition.kind).toBe(kind);
      const rendered = await render(input);
      file = rendered.file;
      pdf = new PdfFile(rendered.bytes);
      xmp = rendered.bytes.toString('utf8');
      tree = structTree(pdf);
      raw = run('pdftotext', ['-raw', file, '-']).stdout;
    });

    it('has one Document element at the root of its structure, and pdfinfo -struct warns of nothing', () => {
      const { stdout, stderr } = run('pdfinfo', ['-struct', file]);
      expect(stderr).toBe('');
      const top = stdout.split('\n').filter((line) => line !== '' && !line.startsWith(' '));
      expect(top).toEqual(['Document']);
      expect(tree.map((n) => n.type)).toEqual(['Document']);
      expect(tree[0]!.kids.length).toBeGreaterThan(3);
      expect(tree[0]!.kids.every((k) => k.type === 'Sect')).toBe(true);
    });

    it('gives the document and its sections titles that decode, and says its language', () => {
      const info = pdf.dict(pdf.trailer.get('Info'))!;
      expect(pdf.text(info, 'Title')).toBe(coverTitle);
      expect(pdfinfo(file)['Title']).toBe(coverTitle);
      const xmpTitle = /<dc:title>[\s\S]*?<\/dc:title>/.exec(xmp)?.[0] ?? '';
      expect(xmpTitle).toContain(`>${coverTitle.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</rdf:li>`);
      const titles = new Set(Object.entries(t.sections).map(([id, s]) => (id === 'cover' ? coverTitle : s.title)));
      const sections = tree[0]!.kids.map((s) => s.title ?? '');
      expect(sections[0]).toBe(coverTitle);
      for (const title of sections) {
        expect(title).not.toMatch(/\p{Cc}|\ufffd/u);
        expect(titles).toContain(title);
      }
      expect(pdf.text(pdf.catalog, 'Lang')).toBe(input.language);
      for (const [node] of walk(tree)) if (node.lang !== undefined) expect(node.lang).toMatch(/^(en|ru)(-[A-Z]{2})?$/);
    });

    it('gives every figure alternative text in the booklet language', () => {
      const figures = [...walk(tree)].filter(([n]) => n.type === 'Figure');
      expect(figures.length).toBeGreaterThan(0);
      const missing = figures.filter(([n]) => !n.alt?.trim()).map(([n, path]) => pathOf(n, path));
      expect(missing).toEqual([]);
      const script = input.language === 'ru' ? /\p{Script=Cyrillic}/u : /^[^\p{Script=Cyrillic}]*[A-Za-z]/u;
      const foreign = figures.map(([n]) => n.alt!).filter((alt) => !script.test(alt));
      expect(foreign).toEqual([]);
      // pdfinfo lists the same figures.
      const listed = run('pdfinfo', ['-struct', file]).stdout.match(/^\s*Figure\b/gm) ?? [];
      expect(listed.length).toBe(figures.length);
    });

    it('reads as printed, in the language each passage is written in', () => {
      const out = run('pdfinfo', ['-struct-text', file]).stdout;
      // A space wherever the page shows one, no words run together.
      expect(wordsNotPrinted(out, raw)).toEqual([]);
      // poppler's elements are the tree's, in the same order: each element's language is its
      // own /Lang, else its nearest ancestor's, else the document's.
      const printed = structText(out);
      const elements = [...walk(tree)];
      expect(printed.map((e) => e.type)).toEqual(elements.map(([n]) => n.type));
      const wrong: string[] = [];
      printed.forEach(({ text }, i) => {
        const [node, ancestors] = elements[i]!;
        const lang = [...ancestors, node].reverse().find((n) => n.lang)?.lang ?? pdf.text(pdf.catalog, 'Lang');
        const written = scriptLanguage(text);
        if (written && written !== lang) wrong.push(`${pathOf(node, ancestors)} (${lang}): ${text}`);
      });
      expect(wrong).toEqual([]);
    });

    it('draws nothing that is neither tagged content nor an artifact', () => {
      const pages = pdf.pages();
      const loose = pages.flatMap((page, i) =>
        unmarkedPainting(pageContent(pdf, page)).map((op) => `page ${i + 1}: ${op}`),
      );
      expect(loose).toEqual([]);
    });
  });
});

describe('wordsNotPrinted', () => {
  it('finds words joined across a line break and words torn apart, and passes text read as printed', () => {
    const raw = 'your specialist has planned.\nDuring each course, will check\nhow things are going\n';
    expect(wordsNotPrinted('  "has planned. During each course, will check how"', raw)).toEqual([]);
    expect(wordsNotPrinted('  "has planned.During each course, will checkhow things"', raw)).toEqual([
      'planned.During (joined: planned. | During)',
      'checkhow (joined: check | how)',
    ]);
    expect(wordsNotPrinted('  "your spec ialist has"', raw)).toEqual(['spec ialist (torn: specialist)']);
    expect(wordsNotPrinted('  "your specialists"', raw)).toEqual(['specialists (not a printed word)']);
    // pdftotext ran "going" into a mark after it, across a space the tagged text keeps.
    expect(wordsNotPrinted('  "how things are going ·"', `${raw}are going·\n`)).toEqual([]);
  });
});

describe('the text drawn for wrapped lines', () => {
  it('is the paragraph again: a space at each line break, none inside a word cut to fit the line', () => {
    const l = { metrics: new Metrics(loadFonts(), BOOKLET_BREAKING) } as unknown as Layout;
    const text = `See  https://example.org/${'abcdefgh'.repeat(12)} today.\nThanks\tfor reading.`;
    const t = linesOf(l, text, 90);
    expect(t.lines.length).toBeGreaterThan(4);
    expect(t.cut?.filter(Boolean).length).toBeGreaterThan(1);
    const drawn = t.lines.map((line, i) => spoken(line, t.cut?.[i])).join('');
    expect(drawn).toBe(`${text.replace(/\s+/g, ' ')} `);
    // Lines wrapped at spaces only: no line is cut.
    expect(
      linesOf(l, 'Keep this booklet where you can see it, for example on the fridge door.', 90).cut,
    ).toBeUndefined();
  });
});
