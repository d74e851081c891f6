/*
 * The day list's words in each language the clinic's staff use. One interface for all, so a
 * language that misses a text does not compile.
 */
import type { Language } from '../../../shared/contract/settings';
import type { Plural } from '../kit/texts';

export interface DayListTexts {
  locale: string;
  title: string;
  allClinicians: string;
  visits: Plural;
  columns: { time: string; minutes: string; child: string; contact: string; type: string; arrived: string };
  years: Plural;
  months: string;
  status: { attended: string; no_show: string };
  noVisits: string;
  printed: string;
  page: string;
  continued: string;
}

export const DAY_LIST_TEXTS: Record<Language, DayListTexts> = {
  en: {
    locale: 'en-GB',
    title: 'Day list',
    allClinicians: 'All clinicians',
    visits: { one: '{count} visit', other: '{count} visits' },
    columns: {
      time: 'Time',
      minutes: 'Min',
      child: 'Child',
      contact: 'Main contact',
      type: 'Visit',
      arrived: 'Arrived',
    },
    years: { one: '{count} y', other: '{count} y' },
    months: '{count} m',
    status: { attended: 'attended', no_show: 'no-show' },
    noVisits: 'No visits are booked on this day.',
    printed: 'Printed {date}, {time}',
    page: 'page {page} of {pages}',
    continued: '(continued)',
  },
  ru: {
    locale: 'ru-RU',
    title: 'Список визитов на день',
    allClinicians: 'Все специалисты',
    visits: { one: '{count} визит', few: '{count} визита', many: '{count} визитов', other: '{count} визита' },
    columns: {
      time: 'Время',
      minutes: 'Мин',
      child: 'Ребёнок',
      contact: 'Основной контакт',
      type: 'Визит',
      arrived: 'Пришли',
    },
    years: { one: '{count} год', few: '{count} года', many: '{count} лет', other: '{count} года' },
    months: '{count} мес.',
    status: { attended: 'пришли', no_show: 'не пришли' },
    noVisits: 'На этот день визитов нет.',
    printed: 'Напечатано {date}, {time}',
    page: 'стр. {page} из {pages}',
    continued: '(продолжение)',
  },
};
