/* The building blocks of the booklet texts and the texts of steps and editions (see ./types.ts). */
import type { BookletKind, StepId } from '../plan/ids';

/** Short sentences printed in order. */
export type Sentences = readonly string[];

/** A heading with one short paragraph under it. */
export interface Callout {
  heading: string;
  text: string;
}

/** A heading with a few sentences under it. */
export interface Block {
  heading: string;
  text: Sentences;
}

/** Every section of §5 has a title and a one-line intro under it. */
export interface SectionText {
  title: string;
  intro: string;
}

/** The printed body of a step; an age variant replaces all three fields together. */
export interface StepBody {
  /** 2-4 short sentences. */
  instructions: Sentences;
  /**
   * The dose line, e.g. "Squats: {reps}". Placeholders: {minutes} (X01, X04), {reps} (X02, X03,
   * X05), {seconds} (X03 hold), {soakMinutes} / {coolSeconds} / {warmMinutes} (B01). The engine
   * fills a number or a range such as "10–12", so every dose reads well with either. Null for
   * massage steps (their time is `stepLabels.minutesAtPeak`) and position steps.
   */
  dose: string | null;
  /** The "take care" callout, or null where the spec has no caution. */
  caution: string | null;
}

export interface StepText extends StepBody {
  title: string;
  /** Replaces the body in the `toddler` age band, under 36 months (§3.3: play-based, large objects only). Null: as standard. */
  toddler: StepBody | null;
  /** Replaces the body in the `older` age band, 7 years and up: the child does more on their own. Null: as standard. */
  older: StepBody | null;
}

export type StepTexts = { [K in StepId]: StepText } & {
  X01: {
    /** Printed after the mat instructions when the engine's mat mode is walk_and_jump (not with the overweight flag, §3.6). */
    hopLine: string;
    /** Replaces the dose when the engine gives a toddler build-up: {startMinutes}, {minutes}, {days}. */
    buildUpDose: string;
  };
  /** Replaces the dose when the engine gives toddler start reps: {startReps}, {reps}. */
  X02: { rampDose: string };
  /** Optional herbal infusion; print only if the clinic offers it (§1.8, open question 4). */
  B01: { herbs: string };
  /**
   * The finishing pats name only the Part A areas still in the plan: {areas} in the instructions
   * is these names, in Part A order, joined as the language lists things ("back, legs and feet").
   */
  M08: { areas: { back: string; buttocks: string; legs: string; feet: string } };
};

export interface TechniqueText {
  name: string;
  /** One line. */
  description: string;
}

export interface EditionText {
  /** The line under the title on the cover. */
  coverLine: string;
  /** What this booklet is and is not, printed on page 1 or 2. */
  explanation: Sentences;
}

export interface EditionTexts extends Record<BookletKind, EditionText> {
  information: EditionText & {
    /**
     * Printed prominently when no clinician is named (G1): no home massage before a specialist
     * has seen the child. Never in a booklet a named specialist issued.
     */
    seeSpecialist: string;
    /** In its place when a named specialist issued the booklet (G1 without a diagnosis, G4). */
    noHomeRoutine: string;
    /** Replaces coverLine and explanation for children under 24 months (G4). */
    toddler: EditionText;
  };
  specialist_care: EditionText & {
    notMainTreatment: string;
    /** Replaces coverLine and explanation when the specialist confirms home massage (G2 exception). */
    supportive: EditionText;
    /** Banner over the program when the clinician confirms home massage anyway (G2 exception). */
    supportiveBanner: string;
    /** One line under the banner. */
    supportiveIntro: string;
  };
  full: EditionText;
}
