/*
 * Booklet texts per locale (data only) and the one helper that fills their placeholders.
 * Which texts appear, and with which numbers, is the plan engine's decision (shared/plan).
 */
import type { Language } from '../contract/settings';
import { en } from './en';
import { ru } from './ru';
import type { BookletTexts } from './types';

export type * from './types';
export { CHECKUP_NAMES, FLEXIBILITY_NAMES, GLOSSARY, type CheckupNames, type GlossaryConcept } from './glossary';

export type ContentLocale = Language;

/** Printed in the booklet's "about" page; bump it whenever any text changes. */
export const CONTENT_VERSION = '1.2.0';

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
 * as templates; extra values are ignored. A value that ends in a period and is followed by the
 * template's own period loses its own, so an abbreviated date never ends a sentence with "..".
 */
export function fill(template: string, values: FillValues = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined || value === null) {
      throw new Error(`No value for {${name}} in booklet text “${template}”`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(`Value for {${name}} is not a finite number in booklet text “${template}”`);
    }
    const text = String(value);
    // A value ending in a period ("15 сент. 2025 г.") before the template's own full stop: one only.
    return text.endsWith('.') && template[offset + whole.length] === '.' ? text.slice(0, -1) : text;
  });
}
