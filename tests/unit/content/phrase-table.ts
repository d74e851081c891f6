/*
 * Which texts each booklet may and must carry, as data: one row per text, with the combinations
 * that must print it and those that may. A text outside both is forbidden. The combinations are
 * the booklet's kind (information, information for a child under 2 from a named specialist,
 * specialist care, specialist care with home massage confirmed, full home program), the child's
 * age band, one foot or both, and four flags (red flags, a rigid foot, overweight, strapping).
 * tests/unit/pdf/booklet-phrases.test.ts renders every combination in English and Russian and
 * holds the printed text to this table. Content spec: §3.2 (editions), §3.3 (ages), §3.5 (sides),
 * §3.6 (weight), §3.8 (safety), §2.4 (warning signs); the words: shared/content.
 */
import type { Language } from '../../../shared/contract/settings';
import { type BookletTexts, fill, GLOSSARY } from '../../../shared/content';

export const KINDS = ['information', 'information_toddler', 'specialist_care', 'specialist_care_home', 'full'] as const;
export type Kind = (typeof KINDS)[number];
/** toddler: 30 months (20 for information_toddler), standard: 4 years, older: 11 years (over 10). */
export const AGES = ['toddler', 'standard', 'older'] as const;
export type Age = (typeof AGES)[number];
export const SIDES = ['one', 'both'] as const;
export type Side = (typeof SIDES)[number];
export const FLAGS = ['redFlags', 'rigid', 'overweight', 'strapping'] as const;
export type Flag = (typeof FLAGS)[number];

export interface Combo {
  lang: Language;
  kind: Kind;
  age: Age;
  side: Side;
  flags: readonly Flag[];
}

/** What the test booklets print as free text, so rows can look for it verbatim. */
export const CLINICIAN = { name: 'Dr. Anna Example', title: 'Podiatrist', phone: '+44 20 7946 0000' };
export const SPECIALIST_NOTES = 'Keep it playful, and short on busy days.';
/**
 * The strapping flag stands for prescriptions: strapping and insoles. The strapping note is given
 * when both feet are affected, left out when one is, so both forms print.
 */
export const STRAPPING_NOTE = 'Figure-of-eight wrap, loose, for two hours after the massage.';

/** Every listed field must match: a kind among `kind`, every flag of `flags`, none of `notFlags`. */
export interface When {
  kind?: readonly Kind[];
  age?: readonly Age[];
  side?: readonly Side[];
  flags?: readonly Flag[];
  notFlags?: readonly Flag[];
}

/** One condition, or any of several. */
export type Rule = When | readonly When[];

export interface Phrase {
  /** What the text is and why the rule holds. */
  id: string;
  /** The words to find: each string must be present (or absent); a pattern must match (or not). */
  text(t: BookletTexts, c: Combo): string | readonly string[] | RegExp | readonly RegExp[];
  /** Combinations that must carry it. */
  must?: Rule;
  /** Combinations that may carry it besides those that must. Anywhere else it is forbidden. */
  may?: Rule;
}

const ALWAYS: When = {};
const NAMED: When = { kind: ['information_toddler', 'specialist_care', 'specialist_care_home', 'full'] };
const PROGRAM: When = { kind: ['specialist_care_home', 'full'] };
const NO_PROGRAM: When = { kind: ['information', 'information_toddler', 'specialist_care'] };
const LOG: When = { kind: ['specialist_care', 'specialist_care_home', 'full'] };
const and = (a: When, b: When): When => ({ ...a, ...b });

/** What an English or a Russian booklet must never say, whatever the combination. */
const RETIRED = (lang: Language): RegExp[] => Object.values(GLOSSARY).flatMap((entry) => [...entry.retired[lang]]);

export const PHRASES: readonly Phrase[] = [
  // Cover: each kind's line, and a home routine announced wherever there is one (issue 3).
  { id: 'cover line: information', text: (t) => t.editions.information.coverLine, must: { kind: ['information'] } },
  {
    id: 'cover line: under 2, flat-looking feet are normal',
    text: (t) => t.editions.information.toddler.coverLine,
    must: { kind: ['information_toddler'] },
  },
  {
    id: 'cover line: specialist care (the confirmed edition repeats it in its own line)',
    text: (t) => t.editions.specialist_care.coverLine,
    must: { kind: ['specialist_care'] },
    may: { kind: ['specialist_care_home'] },
  },
  {
    id: 'cover line: specialist care with a confirmed home routine says it has one',
    text: (t) => [
      t.editions.specialist_care.supportive.coverLine,
      t.editions.specialist_care.supportive.explanation[1]!,
    ],
    must: { kind: ['specialist_care_home'] },
  },
  { id: 'cover line: full program', text: (t) => t.editions.full.coverLine, must: { kind: ['full'] } },
  {
    id: 'cover: prepared by the named specialist',
    text: (t) => fill(t.cover.preparedBy, { title: CLINICIAN.title, clinician: CLINICIAN.name }),
    must: NAMED,
  },

  // Who speaks: nothing is attributed to a specialist when none is named (issues 2 and 7).
  {
    id: 'see a specialist first: only without one',
    text: (t) => t.editions.information.seeSpecialist,
    must: { kind: ['information'] },
  },
  {
    id: 'no home routine planned: a named specialist’s information booklet',
    text: (t) => t.editions.information.noHomeRoutine,
    must: { kind: ['information_toddler'] },
  },
  {
    id: 'home massage is not the main treatment',
    text: (t) => t.editions.specialist_care.notMainTreatment,
    must: { kind: ['specialist_care'] },
  },
  { id: '“From your specialist” section', text: (t) => t.sections.from_specialist.title, must: NAMED },
  {
    id: 'the notes box names the specialist',
    text: (t) => fill(t.fromSpecialist.notesBox, { title: CLINICIAN.title, name: CLINICIAN.name }),
    must: NAMED,
  },
  {
    id: 'the notes box without a specialist',
    text: (t) => t.fromSpecialist.clinicNotes,
    must: { kind: ['information'] },
  },
  { id: 'the notes, verbatim', text: () => SPECIALIST_NOTES, must: ALWAYS },
  { id: 'what the specialist found', text: (t) => t.diagnosis.heading, must: NAMED },
  {
    id: 'one foot affected: the specialist will check it',
    text: (t) => t.notes.oneSided,
    must: and(NAMED, { side: ['one'] }),
  },
  {
    id: 'weight paragraph: flagged by a named specialist',
    text: (t) => [t.everydayLife.weight.heading, t.everydayLife.weight.text[1]!],
    must: and(NAMED, { flags: ['overweight'] }),
  },

  // Flexible or rigid: a rigid foot is never called flexible (issue 1).
  {
    id: 'condition: flexible flat foot',
    text: (t) => t.diagnosis.condition.flexible,
    must: and(NAMED, { notFlags: ['rigid'] }),
  },
  { id: 'condition: rigid', text: (t) => t.diagnosis.condition.rigid, must: and(NAMED, { flags: ['rigid'] }) },
  {
    id: 'foot card: flexible',
    text: (t) => t.diagnosis.flexibility.yes,
    must: and(NAMED, { notFlags: ['rigid'] }),
  },
  { id: 'foot card: rigid', text: (t) => t.diagnosis.flexibility.no, must: and(NAMED, { flags: ['rigid'] }) },
  {
    id: 'understanding: flexible flat foot explained',
    text: (t) => t.understanding.flexible,
    must: { notFlags: ['rigid'] },
  },
  {
    id: 'understanding: rigid foot explained',
    text: (t) => t.understanding.rigid,
    must: and(NAMED, { flags: ['rigid'] }),
  },
  {
    id: 'no word for “flexible” anywhere near a rigid foot (sources aside)',
    text: (_t, c) => (c.lang === 'en' ? /flexib/i : /гибк|мобильн/i),
    may: { notFlags: ['rigid'] },
  },

  // The home routine and what is said about it (issues 2 and 3).
  { id: 'what this plan is for', text: (t) => t.understanding.aims.heading, must: PROGRAM },
  {
    id: 'expectations: a long-term plan',
    text: (t) => t.understanding.expectations.program[0]!,
    must: PROGRAM,
  },
  {
    id: 'expectations: the named specialist says what comes next',
    text: (t) => t.understanding.expectations.care[1]!,
    must: { kind: ['information_toddler', 'specialist_care'] },
  },
  {
    id: 'expectations: a specialist can say whether anything needs doing',
    text: (t) => t.understanding.expectations.general[1]!,
    must: { kind: ['information'] },
  },
  {
    id: 'program sections',
    text: (t) => [
      t.sections.plan_overview.title,
      t.sections.getting_ready.title,
      t.sections.techniques.title,
      t.sections.part_a.title,
    ],
    must: PROGRAM,
  },
  {
    id: 'supportive-measure banner',
    text: (t) => t.editions.specialist_care.supportiveBanner,
    must: { kind: ['specialist_care_home'] },
  },
  { id: 'about: a step-by-step routine', text: (t) => t.about.purpose.program, must: PROGRAM },
  {
    id: 'about: explains, as the specialist asked',
    text: (t) => t.about.purpose.care,
    must: { kind: ['information_toddler', 'specialist_care'] },
  },
  { id: 'about: general information', text: (t) => t.about.purpose.general, must: { kind: ['information'] } },
  {
    id: 'no sessions where there is no routine',
    text: (_t, c) => (c.lang === 'en' ? /\bsessions?\b/i : /занят/i),
    may: PROGRAM,
  },
  { id: 'check-up log', text: (t) => t.sections.checkup_log.title, must: LOG },

  // Safety: the page speaks to the booklet it is in; the circulation warnings always print (issue 6).
  { id: 'safety intro: before the first session', text: (t) => t.sections.safety.intro, must: PROGRAM },
  { id: 'safety intro: before any care at home', text: (t) => t.safety.noProgram.intro, must: NO_PROGRAM },
  {
    id: 'safety: the program’s words for sessions, monkey feet and the bath',
    text: (t) => [
      t.safety.rules.no_session_when_ill,
      t.safety.rules.small_objects_under_3,
      t.safety.rules.bath_temperature,
    ],
    must: PROGRAM,
  },
  {
    id: 'safety: the same rules for any care at home',
    text: (t) => [
      t.safety.noProgram.notToday,
      t.safety.noProgram.no_session_when_ill,
      t.safety.noProgram.small_objects_under_3,
      t.safety.noProgram.bath_temperature,
    ],
    must: NO_PROGRAM,
  },
  {
    id: 'safety: rules no setting removes',
    text: (t) => [
      t.safety.rules.no_spine,
      t.safety.rules.no_knee,
      t.safety.rules.no_self_strapping,
      t.safety.tightSocks,
    ],
    must: ALWAYS,
  },
  { id: 'wrapping too tight blocks blood flow', text: (t) => t.safety.strappingCirculation, must: ALWAYS },
  {
    id: 'warning sign: pale or blue toes after wrapping',
    text: (t) => [t.redFlags.afterStrapping.heading, t.redFlags.afterStrapping.text],
    must: ALWAYS,
  },
  {
    id: 'strapping prescribed, with the specialist’s note verbatim',
    text: (t) => [t.safety.strappingPrescribed.withNote, STRAPPING_NOTE],
    must: and(NAMED, { flags: ['strapping'], side: ['both'] }),
  },
  {
    id: 'strapping prescribed without a note: as your specialist showed you',
    text: (t) => t.safety.strappingPrescribed.withoutNote,
    must: and(NAMED, { flags: ['strapping'], side: ['one'] }),
  },
  {
    id: 'what the specialist prescribed: only a named one',
    text: (t) => [t.everydayLife.prescribed.heading, t.everydayLife.prescribed.orthoses.insoles],
    must: and(NAMED, { flags: ['strapping'] }),
  },
  {
    id: 'every warning sign',
    text: (t) => Object.values(t.redFlags.items).flatMap((i) => [i.heading, i.text]),
    must: ALWAYS,
  },

  // Age: doses and advice for the child in front of the parent.
  {
    id: 'over 10: the routine was designed for younger children',
    text: (t) => t.notes.olderChild,
    must: and(PROGRAM, { age: ['older'] }),
  },
  {
    id: 'over 10 without a routine: pain or stiffness checked',
    text: (t) => t.notes.olderChildNoProgram,
    must: and(NO_PROGRAM, { age: ['older'] }),
  },
  { id: 'walkers: under 3 only', text: (t) => t.everydayLife.walkers, must: { age: ['toddler'] } },
  {
    id: 'a first bike from 30 months',
    text: (t) => t.everydayLife.activities.cyclingToddler,
    must: { age: ['toddler'], kind: ['information', 'specialist_care', 'specialist_care_home', 'full'] },
  },
  { id: 'cycling from 3', text: (t) => t.everydayLife.activities.cycling, must: { age: ['standard', 'older'] } },
  {
    id: 'monkey feet: big toys only under 3',
    text: (t) => t.steps.X03.toddler!.caution!,
    must: and(PROGRAM, { age: ['toddler'] }),
  },
  {
    id: 'hopping on the mat, unless weight is flagged',
    text: (t) => t.steps.X01.hopLine,
    must: and(PROGRAM, { notFlags: ['overweight'] }),
  },
  {
    id: 'finishing pats over every Part A area (none is skipped here)',
    text: (t, c) => {
      const a = t.steps.M08.areas;
      const list = new Intl.ListFormat(c.lang === 'en' ? 'en-GB' : 'ru-RU', { type: 'conjunction' });
      return fill(t.steps.M08.instructions[1]!, { areas: list.format([a.back, a.buttocks, a.legs, a.feet]) });
    },
    must: PROGRAM,
  },

  // Never: unfilled placeholders, engine codes, promises, retired words.
  { id: 'no raw placeholder', text: () => /\{[A-Za-z]+\}/ },
  { id: 'no engine code', text: () => /\b[a-z]+_[a-z_]+\b/ },
  {
    id: 'no promise to cure or correct',
    text: (_t, c) => (c.lang === 'en' ? /\bcur(e|es|ed|ing)\b|\bcorrect/i : /вылеч|излеч|исправ/i),
  },
  { id: 'no retired term (glossary)', text: (_t, c) => RETIRED(c.lang) },
];

const matchesOne = (w: When, c: Combo): boolean =>
  (!w.kind || w.kind.includes(c.kind)) &&
  (!w.age || w.age.includes(c.age)) &&
  (!w.side || w.side.includes(c.side)) &&
  (!w.flags || w.flags.every((f) => c.flags.includes(f))) &&
  (!w.notFlags || w.notFlags.every((f) => !c.flags.includes(f)));

export function matches(rule: Rule | undefined, c: Combo): boolean {
  if (!rule) return false;
  return Array.isArray(rule) ? (rule as readonly When[]).some((w) => matchesOne(w, c)) : matchesOne(rule as When, c);
}

/** Every combination the table speaks of, for one language. */
export function combinations(lang: Language): Combo[] {
  const subsets = (flags: readonly Flag[]): Flag[][] =>
    flags.reduce<Flag[][]>((all, f) => [...all, ...all.map((s) => [...s, f])], [[]]);
  const combos: Combo[] = [];
  for (const kind of KINDS) {
    // The full edition and the under-2 information edition exist only without red flags or a rigid foot.
    const flags =
      kind === 'full' || kind === 'information_toddler' ? subsets(['overweight', 'strapping']) : subsets(FLAGS);
    const ages = kind === 'information_toddler' ? (['toddler'] as const) : AGES;
    for (const age of ages)
      for (const side of SIDES) for (const set of flags) combos.push({ lang, kind, age, side, flags: set });
  }
  return combos;
}

export const comboName = (c: Combo): string =>
  `${c.lang} ${c.kind} ${c.age} ${c.side}${c.flags.length ? ` +${c.flags.join('+')}` : ''}`;
