import { describe, expect, it } from 'vitest';
import { DegreeMethod, RED_FLAGS } from '../../../shared/contract/assessments';
import { bookletTexts, CONTENT_VERSION, placeholdersOf, type BookletTexts } from '../../../shared/content';
import {
  BOOKLET_KINDS,
  MASSAGE_STEP_IDS,
  SAFETY_RULE_IDS,
  SECTION_IDS,
  STEP_IDS,
  TECHNIQUE_IDS,
} from '../../../shared/plan/ids';
import { leaves, shape } from './walk';

const en = bookletTexts('en');
const ru = bookletTexts('ru');
const locales: [string, BookletTexts][] = [
  ['en', en],
  ['ru', ru],
];

const byPath = (texts: BookletTexts) => new Map(leaves(texts).map((l) => [l.path, l.value]));
const sorted = (names: string[]) => [...names].sort();

describe('booklet texts: structure', () => {
  it('has the same keys, nulls and list lengths in en and ru', () => {
    expect(shape(ru)).toEqual(shape(en));
  });

  it('has the same text paths in en and ru', () => {
    expect([...byPath(ru).keys()].sort()).toEqual([...byPath(en).keys()].sort());
  });

  it.each(locales)('%s: every text is non-empty, trimmed and free of stray braces', (_locale, texts) => {
    for (const { path, value } of leaves(texts)) {
      expect(value.trim(), path).not.toBe('');
      expect(value, path).toBe(value.trim());
      expect(value, path).not.toMatch(/\s{2,}/);
      expect(value.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, ''), path).not.toMatch(/[{}]/);
    }
  });

  it('uses the same placeholders in each en text and its ru counterpart', () => {
    const ruTexts = byPath(ru);
    for (const [path, enText] of byPath(en)) {
      const ruText = ruTexts.get(path) ?? '';
      expect(sorted(placeholdersOf(ruText)), path).toEqual(sorted(placeholdersOf(enText)));
    }
  });

  it.each(locales)('%s: covers every identifier the engine uses', (_locale, texts) => {
    expect(Object.keys(texts.sections)).toEqual([...SECTION_IDS]);
    expect(sorted(Object.keys(texts.steps))).toEqual(sorted([...STEP_IDS]));
    expect(sorted(Object.keys(texts.safety.rules))).toEqual(sorted([...SAFETY_RULE_IDS]));
    expect(sorted(Object.keys(texts.redFlags.items))).toEqual(sorted([...RED_FLAGS]));
    expect(sorted(Object.keys(texts.techniques.items))).toEqual(sorted([...TECHNIQUE_IDS]));
    expect(sorted(Object.keys(texts.diagnosis.methods))).toEqual(sorted([...DegreeMethod.options]));
    expect(sorted(Object.keys(texts.editions))).toEqual(sorted([...BOOKLET_KINDS]));
  });

  it.each(locales)('%s: each step has 2-4 instruction sentences, in every age variant', (_locale, texts) => {
    for (const id of STEP_IDS) {
      const step = texts.steps[id];
      for (const body of [step, step.toddler, step.older]) {
        if (!body) continue;
        expect(body.instructions.length, id).toBeGreaterThanOrEqual(2);
        expect(body.instructions.length, id).toBeLessThanOrEqual(4);
      }
    }
  });

  it.each(locales)('%s: doses carry the placeholders the plan engine fills', (_locale, texts) => {
    const dose = (id: (typeof STEP_IDS)[number]) => sorted(placeholdersOf(texts.steps[id].dose ?? ''));
    for (const id of MASSAGE_STEP_IDS) expect(texts.steps[id].dose, id).toBeNull();
    expect(dose('X01')).toEqual(['minutes']);
    expect(dose('X02')).toEqual(['reps']);
    expect(dose('X03')).toEqual(['reps', 'seconds']);
    expect(dose('X04')).toEqual(['minutes']);
    expect(dose('X05')).toEqual(['reps']);
    expect(dose('B01')).toEqual(['coolSeconds', 'soakMinutes', 'warmMinutes']);
    expect(sorted(placeholdersOf(texts.steps.X01.buildUpDose))).toEqual(['days', 'minutes', 'startMinutes']);
    expect(sorted(placeholdersOf(texts.steps.X02.rampDose))).toEqual(['reps', 'startReps']);
    // An age variant may change the words, never the numbers the engine fills.
    for (const id of STEP_IDS) {
      for (const variant of [texts.steps[id].toddler, texts.steps[id].older]) {
        if (variant) expect(sorted(placeholdersOf(variant.dose ?? '')), id).toEqual(dose(id));
      }
    }
  });

  it.each(locales)('%s: the toddler monkey-feet step warns about small objects', (_locale, texts) => {
    expect(texts.steps.X03.toddler?.caution).toBeTruthy();
  });

  it('names a content version', () => {
    expect(CONTENT_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
