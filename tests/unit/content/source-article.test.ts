import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bookletTexts } from '../../../shared/content';
import { leaves, normalise, paragraphs } from './walk';

/*
 * The booklet may use facts from the source article, never its sentences (booklet-content.md,
 * preamble). The article sits beside the repository, at ../shared/reference/source-article.txt;
 * CI has it there, other machines may not, so the checks skip (with the reason) when it is absent.
 */
const articlePath = fileURLToPath(new URL('../../../../shared/reference/source-article.txt', import.meta.url));
const article = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : null;
const skipReason = `source article not found at ${articlePath} (it lives beside the repo, in ../shared/reference)`;

const MIN_WORDS = 8;

/** The article's sentences: split at . ! ? ; and at line breaks and bullets. */
function articleSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+|•/)
    .map(normalise)
    .filter((s) => s.split(' ').length >= MIN_WORDS);
}

/** Each booklet text alone, and each paragraph joined, normalised, for both locales. */
function bookletCorpus(): string[] {
  return (['en', 'ru'] as const).flatMap((locale) => {
    const texts = bookletTexts(locale);
    return [
      ...leaves(texts).map((l) => normalise(l.value)),
      ...paragraphs(texts).map((p) => normalise(p.sentences.join(' '))),
    ];
  });
}

function shingles(text: string, size: number): string[] {
  const words = text.split(' ');
  return words.length < size
    ? []
    : words.slice(0, words.length - size + 1).map((_, i) => words.slice(i, i + size).join(' '));
}

describe('booklet texts: own wording, not the source article’s', () => {
  it('finds the article’s sentences (sanity check of the splitter)', (ctx) => {
    ctx.skip(article === null, skipReason);
    expect(articleSentences(article!).length).toBeGreaterThan(40);
  });

  it(`contains no sentence of ${MIN_WORDS}+ words from the article`, (ctx) => {
    ctx.skip(article === null, skipReason);
    const corpus = bookletCorpus();
    const copied = articleSentences(article!).filter((sentence) => corpus.some((text) => text.includes(sentence)));
    expect(copied).toEqual([]);
  });

  it(`shares no run of ${MIN_WORDS} words with the article`, (ctx) => {
    ctx.skip(article === null, skipReason);
    const runs = new Set(shingles(normalise(article!), MIN_WORDS));
    const shared = bookletCorpus().flatMap((text) => shingles(text, MIN_WORDS).filter((run) => runs.has(run)));
    expect([...new Set(shared)]).toEqual([]);
  });
});
