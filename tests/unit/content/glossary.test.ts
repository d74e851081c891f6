import { describe, expect, it } from 'vitest';
import { CARD_TEXTS, checkUpLabel } from '../../../electron/pdf/card/texts';
import type { Language } from '../../../shared/contract/settings';
import { bookletTexts, CHECKUP_NAMES, fill, GLOSSARY } from '../../../shared/content';
import type { GlossaryEntry } from '../../../shared/content/glossary';
import { en } from '../../../renderer/i18n/en';
import { ru } from '../../../renderer/i18n/ru';
import { leaves, type Leaf } from './walk';

/*
 * One word per concept (shared/content/glossary.ts): the retired words appear nowhere the family
 * or the staff read them, in the booklet's texts, the screens' texts or the appointment card's,
 * and the names of a check-up are the same words in all three.
 */

const LANGS = ['en', 'ru'] as const;
const entries = Object.entries(GLOSSARY) as [string, GlossaryEntry][];
const ui = { en, ru } as const;

/** Source titles stay as published (e.g. "Mobile flatfoot in children"), so they are not checked. */
const isReference = (path: string) => path.startsWith('about.references.');

/** Every text a person reads, per language, with where it lives. */
function corpus(lang: Language): Leaf[] {
  return [
    ...leaves(bookletTexts(lang))
      .filter((l) => !isReference(l.path))
      .map((l) => ({ path: `booklet.${l.path}`, value: l.value })),
    // A message's key is its path: plural forms are checked under the message's own key.
    ...Object.entries(ui[lang]).flatMap(([key, value]) =>
      leaves(value).map((l) => ({ path: `ui:${key}`, value: l.value })),
    ),
    ...leaves(CARD_TEXTS[lang]).map((l) => ({ path: `card.${lang}.${l.path}`, value: l.value })),
  ];
}

const exemptKey = (path: string) => path.replace(/^ui:/, '');

describe('glossary: one word per concept', () => {
  it.each(LANGS)('%s: no retired word in the booklet, the screens or the card', (lang) => {
    const found: string[] = [];
    for (const [concept, entry] of entries)
      for (const pattern of entry.retired[lang])
        for (const leaf of corpus(lang))
          if (pattern.test(leaf.value) && !entry.exempt?.[exemptKey(leaf.path) as never])
            found.push(`${concept}: ${leaf.path} has ${String(pattern)}: ${leaf.value}`);
    expect(found).toEqual([]);
  });

  it('every exemption is still needed (a paid debt leaves the list)', () => {
    const stale: string[] = [];
    for (const [concept, entry] of entries)
      for (const key of Object.keys(entry.exempt ?? {})) {
        const hits = LANGS.flatMap((lang) =>
          corpus(lang).filter(
            (l) => exemptKey(l.path) === key && entry.retired[lang].some((pattern) => pattern.test(l.value)),
          ),
        );
        if (hits.length === 0) stale.push(`${concept}: ${key}`);
      }
    expect(stale).toEqual([]);
  });

  it('the retired patterns do catch the old words', () => {
    const old: [keyof typeof GLOSSARY, Language, string][] = [
      ['booklet', 'ru', 'Об этом буклете'],
      ['flexible', 'ru', 'левая стопа, 1 степень, мобильная'],
      ['checkUp', 'ru', 'Контрольные визиты'],
      ['checkUp', 'ru', 'Дневник приёмов'],
      ['checkUp', 'en', 'No review after course 2'],
      ['checkUp', 'en', 'calendar pages and follow-up visits'],
      ['valgusFoot', 'ru', 'Что такое вальгусная стопа'],
      ['valgusFoot', 'en', 'Massage for hallux valgus'],
    ];
    for (const [concept, lang, text] of old)
      expect(
        (GLOSSARY[concept] as GlossaryEntry).retired[lang].some((p) => p.test(text)),
        `${concept}: ${text}`,
      ).toBe(true);
    // ...and leave the term itself alone.
    expect(GLOSSARY.valgusFoot.retired.ru.some((p) => p.test('Что такое плоско-вальгусная стопа'))).toBe(false);
  });

  it.each(LANGS)('%s: the booklet and the screens both use each term', (lang) => {
    // Russian inflects: look for the stem (памятк-, гибк-, ригидн-, контрольн- осмотр-).
    const stem = (term: string) =>
      new RegExp(
        term
          .split(' ')
          .map((w) => (lang === 'ru' ? w.slice(0, Math.max(4, w.length - 2)) : w))
          .join('\\S*\\s+'),
        'i',
      );
    const booklet = corpus(lang).filter((l) => l.path.startsWith('booklet.'));
    const screens = corpus(lang).filter((l) => l.path.startsWith('ui:'));
    for (const [concept, entry] of entries) {
      const pattern = stem(entry.term[lang]);
      expect(
        booklet.some((l) => pattern.test(l.value)),
        `${concept} in the ${lang} booklet`,
      ).toBe(true);
      expect(
        screens.some((l) => pattern.test(l.value)),
        `${concept} on the ${lang} screens`,
      ).toBe(true);
    }
  });

  it.each(LANGS)('%s: a check-up has the same name in the booklet, on the screens and on the card', (lang) => {
    const names = CHECKUP_NAMES[lang];
    const booklet = bookletTexts(lang).planOverview.followUps;
    const t = ui[lang] as Record<string, unknown>;
    for (const purpose of ['after_course', 'every_months', 'end_of_horizon'] as const) {
      expect(booklet[purpose]).toBe(names[purpose]);
      expect(t[`booklet.followUps.${purpose}`]).toBe(names[purpose]);
    }
    expect(t['diary.reason.afterCourseN']).toBe(names.after_course);
    expect(t['diary.reason.after_course']).toBe(names.afterACourse);
    expect(checkUpLabel('after_course', 2, lang)).toBe(fill(names.after_course, { n: 2 }));
    expect(checkUpLabel('after_course', null, lang)).toBe(names.afterACourse);
    expect(checkUpLabel('end_of_horizon', null, lang)).toBe(names.end_of_horizon);
  });
});
