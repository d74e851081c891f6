import { formatCalendarDate, formatInstant } from '../../shared/calendar/format';
import type { Language } from '../../shared/contract';
import type { Messages, MessageKey, Params, PluralForms } from './messages';

/*
 * Pure formatting helpers behind `useI18n()`: kept free of React so they are unit-testable.
 */

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form of `forms` for `count` in `language` (Russian: one / few / many). */
export function pluralForm(language: Language, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return forms[rules.select(count)] ?? forms.other;
}

/**
 * Replaces `{name}` placeholders; unknown placeholders stay visible so a mistake shows. A value
 * ending in a period before the template's own period keeps one: Russian dates end in "г." and
 * «по сравнению с памяткой от {date}.» must not print "г..".
 */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const text = String(params[name]);
    return text.endsWith('.') && template[offset + whole.length] === '.' ? text.slice(0, -1) : text;
  });
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** A `t` over one dictionary; plural entries pick their form from `params.count`. */
export function createTranslate(language: Language, messages: Messages): Translate {
  return (key, params) => {
    const entry = messages[key];
    const template =
      typeof entry === 'string' ? entry : pluralForm(language, Number(params?.count ?? 0), entry as PluralForms);
    return interpolate(template, params);
  };
}

/** The BCP 47 locale for dates: the system's own variant of the UI language when it has one. */
export function localeFor(language: Language, preferred: readonly string[] = navigatorLanguages()): string {
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}

function navigatorLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

/** A measurement (17.5 / 17,5) in the locale's style, at most `digits` decimals. */
export function formatNumber(locale: string, value: number, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A moment (ISO timestamp) as local date and time: "12 Mar 2021, 14:05". */
export function formatDateTime(locale: string, iso: string): string {
  return formatInstant(locale, iso);
}

/** "12 Mar 2021" / "12 мар. 2021 г." for a YYYY-MM-DD date, never shifted by the time zone. */
export function formatDate(locale: string, isoDate: string, style: 'medium' | 'long' = 'medium'): string {
  return formatCalendarDate(locale, isoDate, style);
}

/** "4 years 2 months" (long) or "4 г. 2 мес." (short) from whole years and months. */
export function formatAge(t: Translate, age: { years: number; months: number }, style: 'long' | 'short'): string {
  const yearsKey = style === 'long' ? 'age.years' : 'age.short.years';
  const monthsKey = style === 'long' ? 'age.months' : 'age.short.months';
  const parts: string[] = [];
  if (age.years > 0) parts.push(t(yearsKey, { count: age.years }));
  if (age.months > 0) parts.push(t(monthsKey, { count: age.months }));
  return parts.length ? parts.join(' ') : t('age.underOneMonth');
}

/** A validation message key from the shared schemas (`tooLong:80`) as a sentence. */
export function validationMessage(t: Translate, key: string): string {
  const [name, arg] = key.split(':');
  switch (name) {
    case 'tooLong':
      return t('validation.tooLong', { count: Number(arg) });
    case 'tooManyGuardians':
      return t('validation.tooManyGuardians', { count: Number(arg) });
    case 'required':
    case 'forbiddenCharacters':
    case 'brokenCharacters':
    case 'invisibleOnly':
    case 'dateOutOfRange':
    case 'dateTooFar':
    case 'beforeBirth':
    case 'afterFirstVisit':
    case 'phoneCharacters':
    case 'phoneInvalid':
    case 'countryCode':
    case 'phoneTooShort':
    case 'invalidDate':
    case 'dateInFuture':
    case 'tooOldForPractice':
    case 'chooseOne':
    case 'invalidValue':
    case 'invalidEmail':
    case 'contactRequired':
    case 'guardianRequired':
    case 'degreeNeedsMethod':
    case 'angleRange':
    case 'weightRange':
    case 'heightRange':
    case 'notANumber':
    case 'visitInFuture':
      return t(`validation.${name}`);
    default:
      return t('validation.invalidValue');
  }
}
