/*
 * Every word the parents read on the appointment card, in its QR and in the .ics file, per
 * language. One interface for all languages, so a language that misses a text does not compile.
 * Placeholders in braces are filled by the kit's `fill`. Short, plain sentences: the card is read
 * by tired parents, sometimes in their second language.
 */
import type { Language } from '../../../shared/contract/settings';
import type { FollowUpReason } from '../../../shared/contract/appointments';
import type { AppointmentTypeCode } from '../../../shared/contract/diary-setup';
import { CHECKUP_NAMES, type CheckupNames } from '../../../shared/content/glossary';
import { fill, plural, type Plural } from '../kit/texts';

export { fill, plural, type Plural } from '../kit/texts';

export interface CardTexts {
  /** Intl locale for dates. */
  locale: string;
  /** How weekday and date join: en "Tue 3 June 2025", ru «вт, 3 июня 2025». */
  datePattern: string;
  kicker: { A6: string; A4: string };
  withClinician: string;
  nextVisits: string;
  noVisits: string;
  /** Visits that did not fit on the A6 card. */
  moreVisits: string;
  minutes: string;
  scan: string;
  /** The QR holds fewer visits than are booked: by plural category of `count`, with `total`. */
  qrHolds: Plural;
  cannotCome: string;
  /** In place of `cannotCome` when nothing is booked. */
  callToBook: string;
  table: { date: string; time: string; visit: string; with: string };
  plan: {
    title: string;
    course: string;
    break: string;
    /** By plural category of the count (Intl.PluralRules). */
    days: Plural;
    legendCourse: string;
    legendBreak: string;
    legendVisit: string;
  };
  notes: string;
  footerPage: string;
  /** The calendar event's title. */
  eventSummary: string;
  /** A plan check-up's title: its purpose names the visit better than "Foot check-up". */
  eventCheckUp: string;
  eventWith: string;
  eventLength: string;
  eventCall: string;
  fileName: string;
  /** The built-in appointment types, when the clinic kept their shipped English names. */
  types: Record<AppointmentTypeCode, string>;
  /**
   * What a plan check-up is for, printed in place of its appointment type: the booklet's words
   * (shared/content/glossary.ts). `after_course` names the course ({n}); `afterACourse` stands in
   * when the course is not known (check-ups made before plans were stored).
   */
  checkUps: Record<Exclude<FollowUpReason, 'manual'>, string> & CheckupNames;
}

export const CARD_TEXTS: Record<Language, CardTexts> = {
  en: {
    locale: 'en-GB',
    datePattern: '{weekday} {day} {month} {year}',
    kicker: { A6: 'Appointment card', A4: 'Your visits' },
    withClinician: 'Your specialist: {clinician}',
    nextVisits: 'Your next visits',
    noVisits: 'No visits are booked yet. Please call us to book one.',
    moreVisits: 'and {count} more: ask us for the full list',
    minutes: '{minutes} min',
    scan: 'Scan to add the visits to your phone calendar',
    qrHolds: {
      one: 'The code holds your next visit; all {total} are in the calendar file.',
      other: 'The code holds your next {count} visits; all {total} are in the calendar file.',
    },
    cannotCome: 'Cannot come? Please call us:',
    callToBook: 'To book a visit, call us:',
    table: { date: 'Date', time: 'Time', visit: 'Visit', with: 'With' },
    plan: {
      title: 'Your home-care plan',
      course: 'Course {number}',
      break: 'Break',
      days: { one: '{count} day', other: '{count} days' },
      legendCourse: 'course days',
      legendBreak: 'break',
      legendVisit: 'visit',
    },
    notes: 'Notes',
    footerPage: 'page {page} of {pages}',
    eventSummary: 'Foot check-up: {name}',
    eventCheckUp: '{purpose}: {name}',
    eventWith: 'With {clinician}',
    eventLength: '{type}, {minutes} min',
    eventCall: 'If you cannot come, please call {phone}.',
    fileName: '{name} - visits',
    types: { first_assessment: 'First assessment', follow_up: 'Follow-up', technique_check: 'Technique check' },
    checkUps: CHECKUP_NAMES.en,
  },
  ru: {
    locale: 'ru-RU',
    datePattern: '{weekday}, {day} {month} {year}',
    kicker: { A6: 'Карточка записи', A4: 'Ваши визиты' },
    withClinician: 'Ваш специалист: {clinician}',
    nextVisits: 'Ваши следующие визиты',
    noVisits: 'Визиты пока не назначены. Позвоните нам, чтобы записаться.',
    moreVisits: 'ещё визитов: {count}. Полный список можно взять у нас.',
    minutes: '{minutes} мин',
    scan: 'Отсканируйте, чтобы добавить визиты в календарь телефона',
    qrHolds: {
      one: 'В коде {count} ближайший визит; все {total} — в файле календаря.',
      few: 'В коде {count} ближайших визита; все {total} — в файле календаря.',
      many: 'В коде {count} ближайших визитов; все {total} — в файле календаря.',
      other: 'В коде {count} ближайших визита; все {total} — в файле календаря.',
    },
    cannotCome: 'Не можете прийти? Позвоните нам:',
    callToBook: 'Чтобы записаться, позвоните нам:',
    table: { date: 'Дата', time: 'Время', visit: 'Визит', with: 'Специалист' },
    plan: {
      title: 'Ваш план домашнего ухода',
      course: 'Курс {number}',
      break: 'Перерыв',
      days: { one: '{count} день', few: '{count} дня', many: '{count} дней', other: '{count} дня' },
      legendCourse: 'дни курса',
      legendBreak: 'перерыв',
      legendVisit: 'визит',
    },
    notes: 'Заметки',
    footerPage: 'стр. {page} из {pages}',
    eventSummary: 'Осмотр стоп: {name}',
    eventCheckUp: '{purpose}: {name}',
    eventWith: 'Специалист: {clinician}',
    eventLength: '{type}, {minutes} мин',
    eventCall: 'Если не можете прийти, позвоните: {phone}.',
    fileName: '{name} - визиты',
    types: {
      first_assessment: 'Первичный осмотр',
      follow_up: 'Контрольный осмотр',
      technique_check: 'Проверка техники',
    },
    checkUps: CHECKUP_NAMES.ru,
  },
};

/** The names the app ships its types with (migration 0003); a renamed type is printed as named. */
const SHIPPED_TYPE_NAMES: Record<AppointmentTypeCode, string> = CARD_TEXTS.en.types;

/** The visit type in the card's language, unless the clinic gave it its own name. */
export function typeLabel(code: AppointmentTypeCode | null, name: string, language: Language): string {
  return code && name === SHIPPED_TYPE_NAMES[code] ? CARD_TEXTS[language].types[code] : name;
}

/**
 * What a plan check-up is for, in the card's language; null for any other visit (a booking made by
 * hand, or a manual due item), which goes by its appointment type.
 */
export function checkUpLabel(reason: FollowUpReason | null, course: number | null, language: Language): string | null {
  const t = CARD_TEXTS[language].checkUps;
  if (reason === 'after_course') return course === null ? t.afterACourse : fill(t.after_course, { n: course });
  if (reason === 'every_months' || reason === 'end_of_horizon') return t[reason];
  return null;
}

/** A visit's calendar title: a check-up by its purpose, any other visit as a foot check-up. */
export function eventTitle(t: CardTexts, checkUp: string | null, name: string): string {
  return checkUp ? fill(t.eventCheckUp, { purpose: checkUp, name }) : fill(t.eventSummary, { name });
}

/** "The code holds your next 3 visits; all 24 are in the calendar file." */
export function qrNote(t: CardTexts, count: number, total: number): string {
  return fill(plural(t, t.qrHolds, count), { total });
}
