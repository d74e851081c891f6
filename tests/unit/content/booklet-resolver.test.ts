import { describe, expect, it } from 'vitest';
import type { ResolverOptions } from 'react-hook-form';
import { PlanChoices } from '../../../shared/contract';
import {
  bookletResolver,
  flatErrors,
  withLibrarySteps,
  type ResolverContext,
} from '../../../renderer/screens/Booklet/booklet-resolver';
import { checkValues, fromChoices, type BookletValues } from '../../../renderer/screens/Booklet/booklet-values';

/*
 * The booklet form's resolver (zodResolver over the contract's PlanChoices) refuses what the
 * values model's own check refuses, with the same message keys on the same schema paths, and
 * hands the form the same choices when nothing is wrong.
 */

const base = PlanChoices.parse({ settings: { startDate: '2026-03-02' }, language: 'en', paper: 'A4' });
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<BookletValues>;

async function resolve(values: BookletValues, bornOn?: string) {
  const context: ResolverContext = { base, parsed: null, ...(bornOn ? { bornOn } : {}) };
  const result = await bookletResolver(values, context, options);
  return { result, context, errors: flatErrors(result.errors) };
}

describe('the booklet form resolver', () => {
  it('gives the parsed choices (and leaves them in the context) when every entry is fine', async () => {
    const values = withLibrarySteps({ ...fromChoices(base), courseDays: '21' });
    const { result, context, errors } = await resolve(values);
    expect(errors).toEqual({});
    expect(result.values).toEqual(checkValues(base, values).choices);
    expect(context.parsed?.settings.courseDays).toBe(21);
  });

  it('refuses with the keys and paths the values model uses', async () => {
    const cases: BookletValues[] = [
      { ...fromChoices(base), courseDays: 'abc' },
      { ...fromChoices(base), courseDays: '0' },
      { ...fromChoices(base), strapping: true, strappingNote: 'x'.repeat(501) },
      {
        ...fromChoices(base),
        customSteps: [{ id: 'C01', after: 'X05', title: '', text: '', reps: 'many' }],
      },
      withLibrarySteps({ ...fromChoices(base), specialistNotes: 'y'.repeat(5001) }),
    ];
    for (const values of cases) {
      const { result, context, errors } = await resolve(values);
      const expected = checkValues(base, values).errors;
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      expect(errors).toEqual(expected);
      expect(result.values).toEqual({});
      expect(context.parsed).toBeNull();
    }
  });

  it('refuses a start before the child was born', async () => {
    const { errors } = await resolve(fromChoices(base), '2026-05-01');
    expect(errors).toEqual({ 'settings.startDate': 'beforeBirth' });
    expect(checkValues(base, fromChoices(base), '2026-05-01').errors).toEqual(errors);
  });
});
