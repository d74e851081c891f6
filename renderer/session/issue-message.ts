import { CallFailed } from '../api';
import type { I18n } from '../i18n';

const STAFF_KEYS = new Set([
  'wrongCredentials',
  'wrongPassword',
  'tooManyAttempts',
  'usernameTaken',
  'invalidUsername',
  'wrongRecoveryCode',
]);

/** A message key from main ("tooShort:8", "wrongPassword") as a sentence. */
export function staffMessage(i18n: I18n, key: string): string {
  const [name, arg] = key.split(':');
  if (name === 'tooShort') return i18n.t('staff.error.tooShort', { count: Number(arg) });
  if (name && STAFF_KEYS.has(name)) return i18n.t(`staff.error.${name}` as 'staff.error.wrongPassword');
  return i18n.validation(key);
}

/** Field path -> message, from a refused call; `other` when the refusal names no field. */
export function fieldErrors(i18n: I18n, error: unknown): { fields: Record<string, string>; other: string | null } {
  if (!(error instanceof CallFailed))
    return { fields: {}, other: error instanceof Error ? error.message : String(error) };
  const fields: Record<string, string> = {};
  for (const issue of error.error.issues ?? []) fields[issue.path] ??= staffMessage(i18n, issue.message);
  return { fields, other: Object.keys(fields).length ? null : error.error.message };
}
