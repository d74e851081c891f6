import type { Language } from './contract/settings';

/**
 * A person's name as stored: the middle name is the Russian отчество (patronymic) or an English
 * middle name, '' (or absent) when the family gave none.
 */
export interface PersonName {
  firstName: string;
  middleName?: string | null;
  lastName: string;
}

function join(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The full name as the language writes it on formal pages (booklet cover, appointment card,
 * day list) and in headings:
 * - en: "First Middle Last" ("Mia Rose Novak"; "Mia Novak" without a middle name);
 * - ru: "Last First Middle", фамилия имя отчество ("Петрова Анна Сергеевна").
 */
export function fullName(p: PersonName, language: Language): string {
  return language === 'ru'
    ? join([p.lastName, p.firstName, p.middleName])
    : join([p.firstName, p.middleName, p.lastName]);
}

/**
 * Last name first in every language ("Novak Mia Rose"): how lists are sorted, and the name
 * file names start with so a folder of records sorts by family name.
 */
export function sortedName(p: PersonName): string {
  return join([p.lastName, p.firstName, p.middleName]);
}

/** The first name alone, for friendly lines ("Mia's foot care plan", "Hello, Mia"). */
export function shortName(p: Pick<PersonName, 'firstName'>): string {
  return p.firstName.trim();
}
