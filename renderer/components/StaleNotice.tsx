import { useEffect, useRef } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { StaleIssue } from '../../shared/contract';
import { CallFailed } from '../api';
import { useI18n, type I18n } from '../i18n';

/*
 * A save refused because someone saved the same record first (main's row versions,
 * electron/services/row-version.ts): the form says who and when, keeps what was typed, and offers
 * to load their version instead. Nothing is overwritten either way.
 */

/** The stale-version issue of a refused save, or null for any other failure. */
export function staleIssue(error: unknown): StaleIssue | null {
  if (!(error instanceof CallFailed) || error.error.code !== 'CONFLICT') return null;
  const issue = error.error.issues?.find((i) => i.path === 'version' && i.message === 'stale');
  return issue ? (issue as StaleIssue) : null;
}

/** "Changed by Anna at 7 Dec 2026, 14:05 since you opened it. …" in the UI language. */
export function staleText({ t, dateTime }: Pick<I18n, 't' | 'dateTime'>, issue: StaleIssue): string {
  const time = issue.changedAt ? dateTime(issue.changedAt) : null;
  if (issue.changedBy && time) return t('stale.byAt', { name: issue.changedBy, time });
  return time ? t('stale.at', { time }) : t('stale.unknown');
}

/** The refusal at the top of a form, with "Load their version" (reload and start again from it). */
export function StaleNotice({ issue, onLoadTheirs }: { issue: StaleIssue | null; onLoadTheirs(): void }) {
  const i18n = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  // The notice sits at the top of the form, the Save button at its foot: bring it into sight.
  useEffect(() => {
    if (issue) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [issue]);
  if (!issue) return null;
  return (
    <Alert
      ref={ref}
      severity="warning"
      role="alert"
      // Clear of the sticky app bar when scrolled to.
      sx={{ mb: 2, scrollMarginTop: 88 }}
      action={
        <Button color="inherit" size="small" onClick={onLoadTheirs}>
          {i18n.t('stale.loadTheirs')}
        </Button>
      }
    >
      {staleText(i18n, issue)}
    </Alert>
  );
}
