import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/contract';
import { en } from './en';
import { ru } from './ru';
import {
  createTranslate,
  formatAge,
  formatDate,
  formatDateTime,
  formatNumber,
  localeFor,
  validationMessage,
  type Translate,
} from './format';
import type { Messages } from './messages';

export type { MessageKey, Messages } from './messages';
export type { Translate } from './format';

export const dictionaries: Record<Language, Messages> = { en, ru };

export interface I18n {
  language: Language;
  /** BCP 47 locale used for dates and numbers. */
  locale: string;
  t: Translate;
  /** A YYYY-MM-DD date in the UI language's conventions. */
  date(isoDate: string, style?: 'medium' | 'long'): string;
  /** An ISO timestamp as local date and time. */
  dateTime(iso: string): string;
  /** A measurement with at most `digits` decimals, in the UI language's style. */
  number(value: number, digits?: number): string;
  /** Whole years and months as words ("4 years 2 months") or abbreviated for lists. */
  age(age: { years: number; months: number }, style?: 'long' | 'short'): string;
  /** A shared-schema message key ("tooLong:80") as a sentence. */
  validation(key: string): string;
}

export function createI18n(language: Language): I18n {
  const t = createTranslate(language, dictionaries[language]);
  const locale = localeFor(language);
  return {
    language,
    locale,
    t,
    date: (isoDate, style) => formatDate(locale, isoDate, style),
    dateTime: (iso) => formatDateTime(locale, iso),
    number: (value, digits) => formatNumber(locale, value, digits),
    age: (value, style = 'long') => formatAge(t, value, style),
    validation: (key) => validationMessage(t, key),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => createI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The translate function for the current UI language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
