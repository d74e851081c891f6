/*
 * Booklet texts per locale (data only) and the one helper that fills their placeholders.
 * Which texts appear, and with which numbers, is the plan engine's decision (shared/plan).
 */
import type { Language } from '../contract/settings';
import { en } from './en';
import { ru } from './ru';
import type { BookletTexts } from './types';

export type * from './types';

export type ContentLocale = Language;

/** Printed in the booklet's "about" page; bump it whenever any text changes. */
export const CONTENT_VERSION = '1.1.0';

const texts: Record<ContentLocale, BookletTexts> = { en, ru };

/** Every booklet text in one locale. */
export function bookletTexts(locale: ContentLocale): BookletTexts {
  return texts[locale];
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names in a template, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1]!))];
}

export type FillValues = Readonly<Record<string, string | number>>;

/**
 * Replaces each `{name}` in `template` with `values[name]`. Throws on a placeholder without a
 * value, so a booklet never prints a raw `{minutes}`. Values are inserted as they are, never re-read
 * as templates; extra values are ignored.
 */
export function fill(template: string, values: FillValues = {}): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined || value === null) {
      throw new Error(`No value for {${name}} in booklet text “${template}”`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(`Value for {${name}} is not a finite number in booklet text “${template}”`);
    }
    return String(value);
  });
}
