import { AppError } from './errors';

/*
 * Refusals only the practice server raises, when two desks write at the same moment: the
 * services check first (a taken username, a removed child), but between that check and the
 * write another desk can commit. SQLite never gets there (one writer at a time), so its errors
 * are left alone. These become the codes the same situations get on SQLite; anything else stays
 * an internal error.
 */

function refusal(code: string): AppError | null {
  switch (code) {
    case '23505': // unique_violation
    case '23P01': // exclusion_violation (a booking's is named in diary/slot-taken.ts)
      return new AppError(
        'CONFLICT',
        'Someone at another desk saved the same thing a moment ago; nothing was saved. Reload and try again.',
      );
    case '23503': // foreign_key_violation
      return new AppError(
        'NOT_FOUND',
        'Something this refers to was just removed at another desk; nothing was saved. Reload and try again.',
      );
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
      return new AppError('CONFLICT', 'Another desk was saving at the same moment; nothing was saved. Try again.');
    default:
      return null;
  }
}

/** A PostgreSQL refusal a user can cause, as the AppError the same case gets on SQLite; else null. */
export function databaseRefusal(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  // SQLSTATE: five characters (better-sqlite3's codes read 'SQLITE_…').
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  return refusal(code);
}
