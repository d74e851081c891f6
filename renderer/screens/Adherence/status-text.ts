import type { CourseAdherence } from '../../../shared/contract';
import type { I18n } from '../../i18n';
import { percentText } from './figures';

/** A course of the plan in words: what the family reported, or why there is no figure (never "0 %"). */
export function courseStatusText(i18n: I18n, c: CourseAdherence): string {
  const { t } = i18n;
  const overall = c.adherence?.overall ?? null;
  switch (c.status) {
    case 'returned':
      return overall === null
        ? t('adherence.status.returnedNothingPlanned')
        : t('adherence.status.returned', { percent: percentText(i18n, overall) });
    case 'estimate':
      return t('adherence.status.estimate', { percent: percentText(i18n, overall ?? 0) });
    case 'not_returned':
      return t('adherence.status.not_returned');
    case 'not_entered':
      return t('adherence.status.not_entered');
    case 'running':
      return t('adherence.status.running');
    case 'ahead':
      return t('adherence.status.ahead');
  }
}

/** The few characters a band of the strip can hold: the percentage, or nothing (its look says it). */
export function courseShortText(i18n: I18n, c: CourseAdherence): string {
  const overall = c.adherence?.overall ?? null;
  if (c.status === 'returned' && overall !== null) return percentText(i18n, overall);
  if (c.status === 'estimate' && overall !== null) return `≈${percentText(i18n, overall)}`;
  return '';
}
