/* Characters the fonts cannot draw are refused with the field and the character named. */
import { describe, expect, it } from 'vitest';
import { BookletRequest } from '../../../shared/contract/booklets';
import { renderBooklet, UnprintableCharacterError } from '../../../electron/pdf/booklet/render-booklet';
import { fixture } from './booklet-helpers';

const en = fixture('booklet-full-en');

async function failure(input: unknown): Promise<UnprintableCharacterError> {
  try {
    await renderBooklet(BookletRequest.parse(input));
  } catch (e) {
    if (e instanceof UnprintableCharacterError) return e;
    throw e;
  }
  throw new Error('rendered without complaint');
}

describe('unprintable characters', { timeout: 60_000 }, () => {
  it("names the child's first name and the character", async () => {
    const e = await failure({ ...en, child: { ...en.child, firstName: '𝔄lice' } });
    expect(e.message).toBe('The character "𝔄" (U+1D504) in the child\'s first name cannot be printed.');
    expect(e).toMatchObject({ path: 'child.firstName', character: '𝔄', codePoint: 'U+1D504' });
  });

  it('names a step note and the notes box', async () => {
    const note = await failure({ ...en, stepNotes: { M06: 'Gentle 🙂' } });
    expect(note.path).toBe('stepNotes.M06');
    expect(note.message).toContain('U+1F642');
    const notes = await failure({ ...en, specialistNotes: 'Ok ☃ ok' });
    expect(notes.message).toBe('The character "☃" (U+2603) in the specialist\'s notes cannot be printed.');
  });

  it('accepts Latin, Cyrillic and Greek letters with accents', async () => {
    const pdf = await renderBooklet(
      BookletRequest.parse({
        ...en,
        child: { firstName: 'Zoë-Ёлка', lastName: 'Ødegård Αλφα', dateOfBirth: '2021-03-14' },
      }),
    );
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
