import { useMemo } from 'react';
import type { AppointmentType, AppointmentTypeCode, Clinician, FollowUpReason } from '../../../shared/contract';
import { calendarInstant, dateFormatter, isoWeekday } from '../../../shared/calendar';
import { useI18n, type I18n, type Translate } from '../../i18n';

/*
 * How the diary, recall and booking screens write days, times, types and reasons in the UI
 * language. Dates are calendar dates (YYYY-MM-DD) and times wall-clock `HH:MM` as main sends them:
 * formatted through UTC so no time zone can shift them.
 */

function utc(date: string, time = '00:00'): number {
  return calendarInstant(date, time);
}

export interface DiaryFormat {
  /** "09:30" / "9:30 AM" as the locale writes it. */
  time(hhmm: string): string;
  /** "09:30–09:50". */
  timeRange(from: string, to: string): string;
  /** "Mon" / "пн". */
  weekdayShort(date: string): string;
  /** "Monday" / "понедельник". */
  weekdayLong(date: string): string;
  /** "12 May" / "12 мая". */
  dayMonth(date: string): string;
  /** "Monday, 12 May 2025", capitalised to stand alone as a title. */
  dayTitle(date: string): string;
  /** The same inside a sentence ("срок: вторник, 15 декабря"). */
  dayLong(date: string): string;
  /** "Mon 12 May, 09:30". */
  when(date: string, time: string): string;
  /** "12–18 May 2025". */
  range(from: string, to: string): string;
  /** The first day of the locale's week, ISO (1 = Monday ... 7 = Sunday). */
  weekStartsOn: number;
}

export function createDiaryFormat(i18n: I18n): DiaryFormat {
  const { locale } = i18n;
  const timeFmt = dateFormatter(locale, { hour: 'numeric', minute: '2-digit' });
  const wdShort = dateFormatter(locale, { weekday: 'short' });
  const wdLong = dateFormatter(locale, { weekday: 'long' });
  const dm = dateFormatter(locale, { day: 'numeric', month: 'short' });
  const full = dateFormatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const whenFmt = dateFormatter(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  const rangeFmt = dateFormatter(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const time = (hhmm: string) => (/^\d{2}:\d{2}$/.test(hhmm) ? timeFmt.format(utc('2000-01-03', hhmm)) : hhmm);
  return {
    time,
    timeRange: (from, to) => `${time(from)}–${time(to)}`,
    weekdayShort: (date) => wdShort.format(utc(date)),
    weekdayLong: (date) => wdLong.format(utc(date)),
    dayMonth: (date) => dm.format(utc(date)),
    dayTitle: (date) => capitalise(full.format(utc(date))),
    dayLong: (date) => full.format(utc(date)),
    when: (date, t) => capitalise(whenFmt.format(utc(date, t))),
    range: (from, to) => rangeFmt.formatRange(utc(from), utc(to)),
    weekStartsOn: firstDayOfWeek(locale, i18n.language),
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

export function useDiaryFormat(): DiaryFormat {
  const i18n = useI18n();
  return useMemo(() => createDiaryFormat(i18n), [i18n]);
}

interface WeekInfo {
  firstDay?: number;
}

/** Monday for Russian; for English, what the locale says where Intl knows it (else Monday). */
export function firstDayOfWeek(locale: string, language: string): number {
  if (language === 'ru') return 1;
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    const day = info?.firstDay;
    return typeof day === 'number' && day >= 1 && day <= 7 ? day : 1;
  } catch {
    return 1;
  }
}

/** True for Saturday and Sunday (shaded a little in the week view). */
export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** The names Valgo ships with: shown translated until the clinic renames the type. */
const SHIPPED_NAMES: Record<AppointmentTypeCode, string> = {
  first_assessment: 'First assessment',
  follow_up: 'Follow-up',
  technique_check: 'Technique check',
};

export function typeName(t: Translate, type: Pick<AppointmentType, 'code' | 'name'> | undefined): string {
  if (!type) return '';
  if (type.code && type.name === SHIPPED_NAMES[type.code]) return t(`diary.typeName.${type.code}`);
  return type.name;
}

/** Why a follow-up is due, in plain words; `course` for a review after a course. */
export function reasonText(t: Translate, reason: FollowUpReason, course?: number | null): string {
  if (reason === 'after_course' && course) return t('diary.reason.afterCourseN', { n: course });
  return t(`diary.reason.${reason}`);
}

export function clinicianName(clinicians: readonly Clinician[], id: number | null | undefined): string {
  return clinicians.find((c) => c.id === id)?.name ?? '';
}

/** What a visit is, in one line: "Follow-up · Dr A · Check-up after a course". */
export function visitSummary(
  t: Translate,
  types: readonly AppointmentType[],
  clinicians: readonly Clinician[],
  v: { typeId: number; clinicianId: number; planReason: FollowUpReason | null },
): string {
  return [
    typeName(
      t,
      types.find((x) => x.id === v.typeId),
    ),
    clinicianName(clinicians, v.clinicianId),
    v.planReason ? reasonText(t, v.planReason) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A `tel:` address for a phone number as typed. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The diary's own validation keys (`endBeforeStart`, `durationRange:5-480` ...) as sentences. */
export function diaryValidation(i18n: I18n, key: string): string {
  const { t } = i18n;
  const [name, arg] = key.split(':');
  switch (name) {
    case 'invalidTime':
      return t('diary.validation.invalidTime');
    case 'endBeforeStart':
      return t('diary.validation.endBeforeStart');
    case 'overlappingHours':
      return t('diary.validation.overlappingHours');
    case 'durationRange':
      return t('diary.validation.durationRange');
    case 'tooMany':
      return t('diary.validation.tooMany', { count: Number(arg) });
    case 'rangeTooLong':
      return t('diary.validation.rangeTooLong', { count: Number(arg) });
    default:
      return i18n.validation(key);
  }
}
