import { addMonths, localToday } from '../../../shared/calendar';

/*
 * What the boundary promises every handler, written independently of shared/contract/text.ts
 * and dates.ts so the fuzz test checks them rather than repeating them: every string (object keys
 * too) is well-formed UTF-16 without control, bidi or line-separator characters (tab and line feed
 * only in notes), not made only of invisible characters; every date has a year in 1900-2200, and
 * every date of a visit, a diary range or a plan lies within 10 years of today.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI_OR_SEPARATOR = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE_ONLY =
  // eslint-disable-next-line no-misleading-character-class
  /^(?:[\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udc00-\udc7f\udd00-\uddef])+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Keys that hold dates (or instants starting with one). */
const DATE_KEYS = new Set([
  'date',
  'dueOn',
  'notAfter',
  'contactedOn',
  'startDate',
  'assessedOn',
  'dateOfBirth',
  'from',
  'to',
  'planStart',
]);
/** Look-ups whose date is only compared, never stored: any text may be sent. */
const LOOKUP_CHANNELS = new Set(['patients:duplicates']);
/** Keys whose dates must be near today, per channel (all channels: the plain names). */
const NEAR_KEYS = new Set(['date', 'dueOn', 'notAfter', 'contactedOn', 'startDate']);
/** Channels whose `from`/`to` are diary dates near today (closed days may be any sane year). */
const NEAR_RANGE_CHANNELS = new Set(['appointments:range', 'slots:next']);
/** Free-text values that never reach storage or print: secrets, compared as given. */
const SECRET_KEYS = new Set(['password', 'current', 'recoveryCode', 'ownerPassword', 'adminPassword']);

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

function stringProblem(s: string): string | null {
  if (!isWellFormed(s)) return 'lone surrogate';
  if (CONTROL.test(s)) return 'control character';
  if (BIDI_OR_SEPARATOR.test(s)) return 'bidi or separator character';
  if (s.length > 0 && INVISIBLE_ONLY.test(s) && s.trim() !== '') return 'only invisible characters';
  return null;
}

function dateProblem(s: string, near: boolean, today: string): string | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return `year ${year}`;
  const date = s.slice(0, 10);
  if (near && (date < addMonths(today, -120) || date > addMonths(today, 120))) return `date ${date} not near today`;
  return null;
}

/** Every broken promise in a handler's parsed input, as "path: problem". */
export function invalidValues(channel: string, input: unknown): string[] {
  const problems: string[] = [];
  const today = localToday();
  const visit = (value: unknown, path: string, key: string) => {
    if (typeof value === 'string') {
      if (SECRET_KEYS.has(key)) {
        if (!isWellFormed(value)) problems.push(`${path}: lone surrogate`);
        return;
      }
      const problem = stringProblem(value);
      if (problem) problems.push(`${path}: ${problem}`);
      if (!DATE_KEYS.has(key) || LOOKUP_CHANNELS.has(channel)) return;
      const near = NEAR_KEYS.has(key) || (NEAR_RANGE_CHANNELS.has(channel) && (key === 'from' || key === 'to'));
      const date = dateProblem(value, near, today);
      if (date) problems.push(`${path}: ${date}`);
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push(`${path}: ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}.${i}`, key));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const problem = stringProblem(k);
        if (problem) problems.push(`${path}[key]: ${problem}`);
        visit(v, path ? `${path}.${k}` : k, k);
      }
    }
  };
  visit(input, '', '');
  return problems;
}
