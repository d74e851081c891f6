import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexPatient,
  searchDocument,
  searchPatientRanks,
  toMatchQuery,
} from '../../../electron/services/patients/search';
import { freshDb } from '../test-db';
import { hostileString } from './arbitraries';

/*
 * The FTS5 search takes whatever reaches it: the contract strips most odd characters from the
 * query, and search.ts must still never hand FTS5 a query it cannot parse (a NUL ended the query
 * text early and failed with a syntax error: INTERNAL).
 */

describe('patient search on odd queries', () => {
  it('builds no query from control characters alone, and keeps the words around them', () => {
    expect(toMatchQuery('\u0000', 'GB')).toBeNull();
    expect(toMatchQuery('\u0000*', 'GB')).toBeNull();
    expect(toMatchQuery('nov\u0000ak', 'GB')).toBe('"nov"* AND "ak"*');
    expect(toMatchQuery('no\u200bvak \ud800', 'GB')).toBe('"novak"*');
  });

  it('answers every generated query without an error, finding the child when its name is typed', async () => {
    const { db } = await freshDb();
    await indexPatient(db, 10, searchDocument('Mia', 'Novak', [{ name: 'Olga Sokolova', phone: '+7 912 345-67-89' }]));
    await indexPatient(db, 20, searchDocument('Лев', 'Орлов', [{ name: 'Анна', phone: '8 916 123 45 67' }]));
    const query = fc.oneof(
      hostileString.filter((s) => s.length < 500),
      fc.string({ unit: fc.constantFrom('"', '*', '(', ')', '^', ':', '-', '+', 'a', ' ', 'OR', 'NEAR', '\u0000') }),
    );
    await fc.assert(
      fc.asyncProperty(query, async (typed) => {
        await expect(searchPatientRanks(db, typed, 10, 'GB')).resolves.toBeInstanceOf(Array);
        await expect(searchPatientRanks(db, `nov${typed}`, 10, 'GB')).resolves.toBeInstanceOf(Array);
      }),
      { numRuns: 400, seed: 20261207 },
    );
    expect(await searchPatientRanks(db, 'Nov\u0000', 10, 'GB')).toEqual([10]);
    expect(await searchPatientRanks(db, 'орл', 10, 'RU')).toEqual([20]);
  });
});
