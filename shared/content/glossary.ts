/*
 * One word per concept, in every language the app speaks: the booklet (shared/content), the
 * screens (renderer/i18n) and the appointment card (electron/pdf/card/texts.ts) use these terms
 * and never the retired ones. Where a term names a thing the three places all print (the purpose
 * of a check-up), they take the words from here; elsewhere the term is inflected inside sentences
 * and tests/unit/content/glossary.test.ts checks that no retired word is left anywhere.
 */
import type { Language } from '../contract/settings';

export interface GlossaryEntry {
  /** The one term, as it reads in a sentence (Russian in the nominative). */
  term: Record<Language, string>;
  /** The plain words printed beside the term for parents, where the term alone is jargon. */
  plain?: Partial<Record<Language, string>>;
  /** Words for the same concept that must not come back, per language. */
  retired: Record<Language, readonly RegExp[]>;
  /**
   * Message keys of the screens (and `card.`-prefixed paths of the card's texts) allowed to keep a
   * retired word for now, each with the reason: every exemption is a debt, listed as such.
   */
  exempt?: Readonly<Record<string, string>>;
  /** What the concept is, for whoever adds a language. */
  meaning: string;
}

export const GLOSSARY = {
  booklet: {
    meaning: 'The printed home-care document the family takes home (the PDF).',
    term: { en: 'booklet', ru: 'памятка' },
    retired: { en: [/\bleaflets?\b/i, /\bbrochures?\b/i], ru: [/буклет/i, /брошюр/i] },
  },
  valgusFoot: {
    meaning: 'The condition the booklet is about: pes planovalgus, never hallux valgus (a bunion).',
    term: { en: 'valgus foot', ru: 'плоско-вальгусная стопа' },
    retired: {
      en: [/hallux/i, /\bbunions?\b/i],
      // "вальгусная стопа" alone (no "плоско-" before it); \b would not see Cyrillic word edges.
      ru: [/халл?юкс/i, /(?<![\p{L}\-‑])вальгусн\p{L}*\s+стоп/iu],
    },
  },
  flexible: {
    meaning: 'A foot whose arch shows when it bears no weight (on tiptoe, sitting).',
    term: { en: 'flexible', ru: 'гибкая' },
    retired: { en: [/\bmobile\s+(flat\s*)?f(oo|ee)t/i], ru: [/мобильн/i] },
  },
  rigid: {
    meaning: 'A foot whose arch stays flat even without weight on it; it needs a specialist’s look.',
    term: { en: 'rigid', ru: 'ригидная' },
    plain: { en: 'stiff', ru: 'жёсткая' },
    retired: { en: [/\binflexible\b/i], ru: [/тугоподвижн/i, /негибк/i] },
  },
  checkUp: {
    meaning: 'A visit the plan schedules so the specialist can see how things are going.',
    term: { en: 'check-up', ru: 'контрольный осмотр' },
    retired: {
      en: [/\bfollow-?up visits?\b/i, /\breviews?\b/i, /\bfollow-?ups?\b/i],
      ru: [
        /контрольн\p{L}*\s+визит/iu,
        /визит\p{L}*\s+к\s+специалисту/iu,
        /при[её]м\p{L}*\s+у\s+специалиста/iu,
        /дневник\s+при[её]мов/iu,
      ],
    },
    exempt: {
      'bookFollowUps.title': 'the front desk screen’s name; its tests and the e2e suite look it up by it',
      'bookFollowUps.button': 'the same screen’s button',
      'recall.bookFor': 'opens the same screen; tests look the link up by this name',
      'diary.typeName.follow_up': 'the shipped English name of an appointment type, stored in the database',
      'card.en.types.follow_up': 'the same stored type name, which the card matches to translate it',
    },
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryConcept = keyof typeof GLOSSARY;

/** A plan check-up named by its purpose: the same words in the booklet, on the screens and on the card. */
export interface CheckupNames {
  /** {n}: the course it follows. */
  after_course: string;
  /** A check-up after a course whose number is not known (made before plans were stored). */
  afterACourse: string;
  every_months: string;
  end_of_horizon: string;
}

export const CHECKUP_NAMES: Record<Language, CheckupNames> = {
  en: {
    after_course: 'Check-up after course {n}',
    afterACourse: 'Check-up after a course',
    every_months: 'Regular check-up',
    end_of_horizon: 'End-of-plan check-up',
  },
  ru: {
    after_course: 'Контрольный осмотр после курса {n}',
    afterACourse: 'Контрольный осмотр после курса',
    every_months: 'Плановый контрольный осмотр',
    end_of_horizon: 'Итоговый контрольный осмотр',
  },
};

/** The flexibility of a foot as the screens name it (lower case, to go into a sentence). */
export const FLEXIBILITY_NAMES: Record<Language, { yes: string; no: string }> = {
  en: { yes: GLOSSARY.flexible.term.en, no: GLOSSARY.rigid.term.en },
  ru: { yes: GLOSSARY.flexible.term.ru, no: GLOSSARY.rigid.term.ru },
};
