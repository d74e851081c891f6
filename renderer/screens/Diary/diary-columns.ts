import type { ClosedDay, Clinician, DiaryEntry, DiarySetup } from '../../../shared/contract';
import type { Translate } from '../../i18n';
import { closedOn, mergeSpans, workingSpans, type DiaryView, type Span } from './diary-model';
import { isWeekend, type DiaryFormat } from './format';

export interface GridColumn {
  key: string;
  date: string;
  /** The clinician a click books for; null in the week view of everyone. */
  clinicianId: number | null;
  title: string;
  subtitle: string;
  /** Closed for this column's people (clinic-wide, or this clinician). */
  closed: ClosedDay | null;
  /** A partial closure worth a note (one clinician off on an everyone view). */
  note: string;
  /** Working hours: shaded white, the rest grey. */
  spans: Span[];
  entries: DiaryEntry[];
  today: boolean;
  weekend: boolean;
}

/*
 * The grid's columns: in the day view of everyone one per clinician, otherwise one per day.
 * A column says how many visits it holds only when there are some ("0 visits" is noise).
 */
export function diaryColumns(a: {
  view: DiaryView;
  date: string;
  days: readonly string[];
  today: string;
  /** The clinician picked in the toolbar; undefined for everyone. */
  chosen: Clinician | undefined;
  /** Whose columns the day view of everyone shows. */
  people: readonly Clinician[];
  active: readonly Clinician[];
  entries: readonly DiaryEntry[];
  setup: DiarySetup;
  t: Translate;
  fmt: DiaryFormat;
}): GridColumn[] {
  const { view, date, chosen, setup, t, fmt } = a;
  const live = (e: DiaryEntry) => e.status !== 'cancelled';
  const count = (list: DiaryEntry[]) => {
    const n = list.filter(live).length;
    return n ? t('diary.visitCount', { count: n }) : '';
  };
  if (view === 'day' && !chosen) {
    return a.people.map((c) => {
      const mine = a.entries.filter((e) => e.clinicianId === c.id && e.date === date);
      return {
        key: `c${c.id}`,
        date,
        clinicianId: c.id,
        title: c.name,
        subtitle: [c.title, count(mine)].filter(Boolean).join(' · '),
        closed: closedOn(setup.closedDays, date, c.id),
        note: '',
        spans: workingSpans(setup.hours, c.id, date),
        entries: mine,
        today: date === a.today,
        weekend: false,
      };
    });
  }
  return a.days.map((d) => {
    const mine = a.entries.filter((e) => e.date === d && (!chosen || e.clinicianId === chosen.id));
    const off = chosen
      ? []
      : a.active.filter((c) => closedOn(setup.closedDays, d, c.id) && !closedOn(setup.closedDays, d, null));
    return {
      key: d,
      date: d,
      clinicianId: chosen?.id ?? null,
      title: view === 'day' ? fmt.dayTitle(d) : `${fmt.weekdayShort(d)} ${fmt.dayMonth(d)}`,
      subtitle: [view === 'day' && chosen ? chosen.name : '', count(mine)].filter(Boolean).join(' · '),
      closed: closedOn(setup.closedDays, d, chosen?.id ?? null),
      note: off.length ? t('diary.offToday', { names: off.map((c) => c.name).join(', ') }) : '',
      spans: chosen
        ? workingSpans(setup.hours, chosen.id, d)
        : mergeSpans(a.active.flatMap((c) => workingSpans(setup.hours, c.id, d))),
      entries: mine,
      today: d === a.today,
      weekend: isWeekend(d),
    };
  });
}
