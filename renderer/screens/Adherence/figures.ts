import type { CourseReturn, CourseSheet } from '../../../shared/contract';
import { bookletTexts } from '../../../shared/content';
import type { I18n } from '../../i18n';

/** One tick column of a calendar page, as main sends it. */
export type SheetItem = CourseSheet['items'][number];

/** A share (0–1) as a whole percentage in the UI language's style ("86%", "86 %"). */
export function percentText(i18n: Pick<I18n, 'locale'>, share: number): string {
  return new Intl.NumberFormat(i18n.locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * An item of a calendar page in the UI language: the column's printed name for library items, the
 * clinician's own title (as main sends it) for the family's own steps.
 */
export function itemName(i18n: Pick<I18n, 'language'>, item: SheetItem): string {
  const c = bookletTexts(i18n.language).calendar;
  if (item.id === 'part_a' || item.id === 'part_b') return c.columns[item.id];
  return (c.stepColumns as Record<string, string | undefined>)[item.id] ?? item.label;
}

/** One stored entry in a few words: the figure, "not returned", or the family's estimate. */
export function entrySummary(i18n: I18n, entry: CourseReturn): string {
  const { t } = i18n;
  switch (entry.entry.kind) {
    case 'not_returned':
      return t('adherence.summary.not_returned');
    case 'estimate':
      return t('adherence.summary.estimate', { percent: percentText(i18n, entry.entry.percent / 100) });
    case 'grid':
      return entry.adherence.overall === null
        ? t('adherence.summary.nothingPlanned')
        : t('adherence.summary.grid', { percent: percentText(i18n, entry.adherence.overall) });
  }
}
