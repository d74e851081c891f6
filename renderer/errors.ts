import { CallFailed } from './api';
import type { Translate } from './i18n';

/** What to tell staff about a failed call, in the UI language, with what to do next. */
export function describeError(t: Translate, error: unknown): string {
  return error instanceof CallFailed ? t(`error.${error.error.code}`) : t('error.INTERNAL');
}

/** Field issues from main's VALIDATION answer, or null for any other failure. */
export function validationIssues(error: unknown): { path: string; message: string }[] | null {
  return error instanceof CallFailed && error.error.code === 'VALIDATION' ? (error.error.issues ?? []) : null;
}
