import { describe, expect, it } from 'vitest';
import { planBlockText, PlanBlockedError } from '../../../electron/pdf/booklet/errors';
import { BookletRequest } from '../../../shared/contract/booklets';
import { fill } from '../../../shared/content';
import type { PlanBlock } from '../../../shared/plan';
import { CallFailed } from '../../../renderer/api';
import { createI18n } from '../../../renderer/i18n';
import { createTranslate, formatDate } from '../../../renderer/i18n/format';
import { ru } from '../../../renderer/i18n/ru';
import { checkValues, fromChoices } from '../../../renderer/screens/Booklet/booklet-values';
import { bookletValidation, failureText } from '../../../renderer/screens/Booklet/plan-text';
import { fixture } from '../pdf/booklet-helpers';

/*
 * Nobody reads an engine code: every PlanBlock has words on the command line (English) and in the
 * editor (English and Russian). Plus two small things the wording issue found: the strapping note
 * from the editor to the request, and dates that end in a period inside a sentence.
 */

// One of each; `satisfies` makes a new block code fail `tsc` until it is listed (and worded) here.
const BLOCKS = {
  flexibility_unknown: { code: 'flexibility_unknown', rule: 'G3', sides: ['left'] },
  m08_skipped_alone: { code: 'm08_skipped_alone', rule: null },
  doses_required: { code: 'doses_required', rule: 'G2', fields: ['peakMinutes'] },
} as const satisfies { [C in PlanBlock['code']]: Extract<PlanBlock, { code: C }> };
const blocks: PlanBlock[] = Object.values(BLOCKS).map((b) => b as unknown as PlanBlock);

/** What main sends when a plan is blocked (electron/services/booklets/booklets.ts `blockedError`). */
const blockedCall = (codes: string[]) =>
  new CallFailed({
    code: 'VALIDATION',
    message: 'The plan cannot be printed yet.',
    issues: codes.map((message) => ({ path: 'plan', message })),
  } as ConstructorParameters<typeof CallFailed>[0]);

const looksLikeCode = /\b[a-z]+_[a-z_]+\b/;

describe('plan blocks in words', () => {
  it('the command line names what to fix, never a code', () => {
    for (const block of blocks) {
      const text = planBlockText(block);
      expect(text.length, block.code).toBeGreaterThan(20);
      expect(text, block.code).not.toMatch(looksLikeCode);
    }
    expect(new PlanBlockedError([BLOCKS.flexibility_unknown as unknown as PlanBlock]).message).toBe(
      'The booklet cannot be made yet: the flexibility of the left foot is not recorded (check whether the arch appears on tiptoe, then record it in the assessment).',
    );
  });

  it.each(['en', 'ru'] as const)('%s: the editor words every block, as a field message and as a failure', (lang) => {
    const i18n = createI18n(lang);
    for (const block of blocks) {
      const field = bookletValidation(i18n, block.code);
      expect(field, block.code).not.toMatch(looksLikeCode);
      expect(field, block.code).not.toBe(i18n.validation('invalidValue'));
      const failure = failureText(i18n, blockedCall([block.code]));
      expect(failure, block.code).toContain(field);
      expect(failure, block.code).not.toMatch(looksLikeCode);
    }
    // Any other failure keeps its general message.
    expect(failureText(i18n, new Error('x'))).toBe(i18n.t('error.INTERNAL'));
  });
});

describe('strapping note from the editor', () => {
  const base = BookletRequest.parse(fixture('booklet-full-en'));
  const choices = {
    settings: base.settings,
    overrides: base.overrides,
    stepNotes: base.stepNotes,
    customSteps: base.customSteps,
    specialistNotes: base.specialistNotes,
    language: base.language,
    paper: base.paper,
  };

  it('goes with strapping, verbatim, and only with it', () => {
    const values = fromChoices(choices);
    expect(values.strapping).toBe(false);
    const on = checkValues(choices, { ...values, strapping: true, strappingNote: 'Loose wrap.\nTwo hours.' });
    expect(on.choices?.settings.prescribed).toMatchObject({
      strapping: true,
      strappingNote: 'Loose wrap.\nTwo hours.',
    });
    expect(fromChoices(on.choices!)).toMatchObject({ strapping: true, strappingNote: 'Loose wrap.\nTwo hours.' });
    const off = checkValues(choices, { ...values, strapping: false, strappingNote: 'Loose wrap.' });
    expect(off.choices?.settings.prescribed.strapping).toBe(false);
    expect(off.choices?.settings.prescribed).not.toHaveProperty('strappingNote');
  });

  it('is at most 500 characters', () => {
    const values = { ...fromChoices(choices), strapping: true, strappingNote: 'x'.repeat(501) };
    expect(checkValues(choices, values).errors['settings.prescribed.strappingNote']).toBe('tooLong:500');
  });
});

describe('a date ending in a period, inside a sentence', () => {
  it('prints one period, not two (UI)', () => {
    const date = formatDate('ru-RU', '2026-12-07');
    expect(date).toMatch(/г\.$/);
    const t = createTranslate('ru', ru);
    expect(t('booklet.changes.since', { date })).toBe(`По сравнению с памяткой от ${date}`);
    expect(t('booklet.changes.since', { date })).not.toContain('..');
  });

  it('prints one period, not two (booklet texts)', () => {
    expect(fill('Made on {date}.', { date: '7 дек. 2026 г.' })).toBe('Made on 7 дек. 2026 г.');
    expect(fill('{date}, then', { date: '7 дек. 2026 г.' })).toBe('7 дек. 2026 г., then');
  });
});
