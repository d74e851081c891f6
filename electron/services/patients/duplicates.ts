import type { Kysely } from 'kysely';
import type { DuplicateCheckInput, DuplicateMatch } from '../../../shared/contract';
import type { Database } from '../../db/schema';
import { foldText } from './text-fold';
import { phoneDigits } from './patients';
import { summaries, toSummary } from './summaries';

/** Fewer digits than this match too many unrelated numbers to mean "same family". */
const MIN_PHONE_DIGITS = 6;
const MAX_MATCHES = 10;

/**
 * Children that look like the one being entered: the same name (case and accents folded) and
 * date of birth, or a guardian with the same phone number. A warning for the user, never a block.
 */
export async function findDuplicates(db: Kysely<Database>, input: DuplicateCheckInput): Promise<DuplicateMatch[]> {
  const matches = new Map<number, DuplicateMatch>();
  const add = (row: Parameters<typeof toSummary>[0], reason: DuplicateMatch['reasons'][number]) => {
    if (row.id === input.excludeId) return;
    const found = matches.get(row.id) ?? { patient: toSummary(row), reasons: [] };
    if (!found.reasons.includes(reason)) found.reasons.push(reason);
    matches.set(row.id, found);
  };

  const first = foldText(input.firstName.trim());
  const last = foldText(input.lastName.trim());
  if (first && last && input.dateOfBirth) {
    // The sort key starts with the folded last and first names, so this is an index range scan.
    const prefix = `${last}\u0001${first}\u0001`;
    const rows = await summaries(db)
      .where('p.sort_key', '>=', prefix)
      .where('p.sort_key', '<', `${prefix}\uffff`)
      .where('p.date_of_birth', '=', input.dateOfBirth)
      .limit(MAX_MATCHES)
      .execute();
    rows.forEach((r) => add(r, 'same_name_and_birth_date'));
  }

  const digits = [...new Set(input.phones.map(phoneDigits).filter((d) => d.length >= MIN_PHONE_DIGITS))];
  if (digits.length) {
    const ids = await db
      .selectFrom('guardians')
      .select('patient_id')
      .distinct()
      .where('phone_digits', 'in', digits)
      .limit(MAX_MATCHES)
      .execute();
    if (ids.length) {
      const rows = await summaries(db)
        .where(
          'p.id',
          'in',
          ids.map((r) => r.patient_id),
        )
        .execute();
      rows.forEach((r) => add(r, 'same_guardian_phone'));
    }
  }
  return [...matches.values()];
}
