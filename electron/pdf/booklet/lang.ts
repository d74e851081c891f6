/*
 * The language of a passage quoted in its own language (the sources in "About this booklet"),
 * for its structure element's /Lang: a screen reader then reads an English title in an English
 * voice inside a Russian booklet. The booklet's own language is the document's /Lang.
 */
import type { Language } from '../../../shared/contract/settings';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * 'ru' for a passage written in Cyrillic, 'en' for one in Latin letters only, when that is not
 * the booklet's language; undefined when the passage is in the booklet's language (it inherits).
 */
export function quotedLanguage(text: string, booklet: Language): Language | undefined {
  const lang: Language | null = CYRILLIC.test(text) ? 'ru' : LATIN.test(text) ? 'en' : null;
  return lang && lang !== booklet ? lang : undefined;
}
