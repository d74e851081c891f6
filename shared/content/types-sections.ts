/* The texts of each booklet section (see ./types.ts for the conventions). */
import type { DegreeMethod, RedFlag } from '../contract/assessments';
import type { SafetyRuleId, TechniqueId } from '../plan/ids';
import type { Sentences, Callout, Block, TechniqueText } from './types-base';

export interface CoverTexts {
  /** {date}: the plan's start date. */
  startDate: string;
  /** {title}: the clinician's title as the clinic set it; {clinician}: their name. */
  preparedBy: string;
  /** Alternative text of the clinic's logo when the clinic has no name (screen readers). */
  logo: string;
}

export interface DiagnosisTexts {
  heading: string;
  /**
   * The condition's plain name, by the flexibility the specialist recorded: `rigid` when any
   * affected foot is rigid, `flexible` when every affected foot is flexible, else `neutral`.
   * A rigid foot is never called flexible.
   */
  condition: { flexible: string; rigid: string; neutral: string };
  /** {side} from `sides`, {degree} from `degree`/`degreeNone`, {method} from `methods`. */
  footLine: string;
  /** For a foot without a degree (no method recorded): {side}, {degree}. */
  footLineNoMethod: string;
  /** {n}: the degree number as the clinician recorded it. */
  degree: string;
  degreeNone: string;
  methods: Record<DegreeMethod, string>;
  /** {angle}: degrees, printed as measured. */
  heelAngle: string;
  flexibility: { yes: string; no: string };
}

export interface FromSpecialistTexts {
  /** Label of the framed box of the specialist's own notes: {title} {name}. */
  notesBox: string;
  /** Label of the same notes when no clinician is named: nothing is attributed to a specialist. */
  clinicNotes: string;
  /** {date} */
  nextAppointment: string;
  nextAppointmentNone: string;
  /** {phone} */
  contact: string;
}

export interface UnderstandingTexts {
  /** What valgus foot is and what it looks like (Fig. 1); true of flexible and rigid feet alike. */
  looksLike: Sentences;
  /** The names over Fig. 1's two columns: the valgus foot, and a typical foot beside it. */
  figure: { valgus: string; typical: string };
  /** Flexible flat foot explained; never printed when a foot is recorded rigid. */
  flexible: string;
  /** Printed when the named specialist recorded a rigid foot. */
  rigid: string;
  normalByAge: {
    heading: string;
    under3: string;
    age3to6: string;
    age7to10: string;
    knockKnees: string;
  };
  /** Printed only in booklets with a home program (the routine it describes). */
  aims: Block;
  /**
   * What to expect: `program` with a home routine; `care` when a named specialist issued a booklet
   * without one; `general` when no clinician is named.
   */
  expectations: { heading: string; program: Sentences; care: Sentences; general: Sentences };
}

export interface SafetyTexts {
  /** One line per rule that no override can remove (§3.8). */
  rules: Record<SafetyRuleId, string>;
  /**
   * Group headings for the safety page (§5 item 4): notToday = no_session_when_ill;
   * stop = stop_if_pain; never = no_spine, no_knee, no_self_strapping, tightSocks;
   * bath = bath_temperature; smallObjects = small_objects_under_3.
   */
  groups: { notToday: string; stop: string; never: string; bath: string; smallObjects: string };
  tightSocks: string;
  /**
   * When strapping is prescribed: `withNote` comes before the specialist's note, printed verbatim;
   * `withoutNote` when they wrote none.
   */
  strappingPrescribed: { withNote: string; withoutNote: string };
  /** Always printed: families sometimes bandage on their own. */
  strappingCirculation: string;
  /**
   * Booklets without a home routine have no sessions, no "monkey feet" and no planned foot bath:
   * their page intro, the "when to skip" heading and the rules that name those take these words.
   */
  noProgram: {
    intro: string;
    notToday: string;
    no_session_when_ill: string;
    bath_temperature: string;
    small_objects_under_3: string;
  };
}

export interface RedFlagTexts {
  /** §2.4 items 1-7. */
  items: Record<RedFlag, Callout>;
  /** §2.4 item 8; always printed (families sometimes bandage on their own). */
  afterStrapping: Callout;
  /** {phone}: the clinic's phone. */
  contact: string;
  /** The strip repeated at the foot of each calendar page: {phone}. */
  reminder: string;
  reminderNoPhone: string;
}

export interface PlanOverviewTexts {
  /** Timeline (Fig. 17) labels. {n}: course number. */
  course: string;
  break: string;
  visit: string;
  start: string;
  /** {courseDays} (7-21), {breakDays} (14-42): never 1, so English plurals are safe. */
  summary: string;
  /** {months}: the plan horizon (3-24). */
  horizon: string;
  /** When the break is outside 21-28 days (§3.8). */
  breakSetBySpecialist: string;
  minutesTable: { heading: string; day: string; minutes: string; intensity: string; shorterEarly: string };
  /** Timeline labels of the engine's follow-up reasons; after_course takes {n}. */
  followUps: { after_course: string; every_months: string; end_of_horizon: string };
  checkups: Block;
}

export interface GettingReadyTexts {
  items: {
    surface: string;
    towel: string;
    warmRoom: string;
    hands: string;
    oil: string;
    calmTime: string;
    /** Only when the mat is in the plan. */
    mat: string;
    /** Only when the foot bath is in the plan. */
    bath: string;
  };
  /** Followed by a tick box the renderer draws. */
  shownReminder: string;
  shownTip: string;
  /** {url}: the clinic's demo video, if set. */
  video: string;
}

export interface TechniqueTexts {
  items: Record<TechniqueId, TechniqueText>;
  /** SEED-21: stroke, rub, knead, tap, finish. */
  orderRule: string;
  warmFirst: string;
  gentle: string;
}

export interface StepLabels {
  /** {n}: the step's number after skipped steps are removed. */
  step: string;
  cautionHeading: string;
  /** {minutes}: the zone's share of the peak day. */
  minutesAtPeak: string;
  /** Followed by a tick box. */
  shownBySpecialist: string;
  /** Label of the per-step note from the specialist. */
  note: string;
  /** Title over a clinician-written step. */
  addedBySpecialist: string;
  /** Back and buttocks in a one-sided plan. */
  bothSides: string;
  /** One-sided plans, per leg and the engine's LegWork; {leg} from `legs`. */
  legWork: { full: string; light: string; skip: string };
  /** A step the specialist capped below full intensity. */
  intensityCap: { light: string; moderate: string };
  /** Dose line of a clinician-written step with a count: {reps}. */
  customReps: string;
  /** Exercises are always done with both feet. */
  bothFeet: string;
}

export interface EverydayLifeTexts {
  shoes: Block;
  /** Only what the specialist prescribed is printed; keys mirror `Prescribed` in shared/contract/plans.ts. */
  prescribed: {
    heading: string;
    orthoses: { insoles: string; orthoses: string };
    shoes: { supportive: string; orthopedic: string };
    clinicIntro: string;
    clinicPhysio: { electrical_stimulation: string; paraffin: string; other: string };
    clinicOnly: string;
  };
  /** Only with the overweight flag (§3.6). */
  weight: Block;
  activities: {
    heading: string;
    intro: string;
    /** From 36 months. */
    cycling: string;
    /** From 30 to 35 months. */
    cyclingToddler: string;
    swimming: string;
    playground: string;
    barefoot: string;
  };
  /** Under 3 only. */
  walkers: string;
}

export interface NotesTexts {
  /** One foot affected (§3.5). */
  oneSided: string;
  /** Children over 10 (G5), with a home routine. */
  olderChild: string;
  /** Children over 10 in a booklet without a home routine. */
  olderChildNoProgram: string;
  /** Degree 2 (§3.4). */
  degree2Consistency: string;
  /** Toddlers, or sessions over 35 min (§4.3): {minutes} is the whole session at peak. */
  splitSession: string;
  /** §4.2. */
  missedDays: { heading: string; rule: string; longGap: string };
}

export interface CalendarTexts {
  /** {n}: this course; {total}: about how many courses in the plan. */
  course: string;
  /** {from}, {to}: dates. */
  dates: string;
  /** {date} */
  suggestedStart: string;
  /** {date} */
  nextVisit: string;
  /** Followed by a blank line to write on. */
  nextVisitBlank: string;
  /** Not booked yet: the plan's date for it, {date}. */
  nextVisitDue: string;
  /** Label before the specialist's notes, repeated verbatim on each calendar page (§3.7). */
  specialistNote: string;
  /** When the notes do not fit under the grid: where to read them whole. {page}: the page number. */
  specialistNoteMore: string;
  /** The course code that opens this page's entry screen: {code}. */
  code: string;
  /**
   * Which calendars this booklet holds (it prints only the next few courses): {from}, {to} are
   * course numbers; `windowOne` when it holds one, {n}.
   */
  window: string;
  windowOne: string;
  /** When later courses follow: {date} is the next check-up (booked, else due). */
  nextCalendars: string;
  /** The same without a check-up date to give. */
  nextCalendarsNoDate: string;
  /** Keys mirror the engine's CalendarColumn; mood is "How did it go?". */
  columns: {
    date: string;
    day: string;
    minutes: string;
    intensity: string;
    part_a: string;
    part_b: string;
    mood: string;
    notes: string;
  };
  /** Columns of the active steps; a custom step's column uses its own title. */
  stepColumns: Record<'X01' | 'X02' | 'X03' | 'X04' | 'X05' | 'B01', string>;
  intensity: { light: string; medium: string; full: string };
  /** Legend for the three faces the renderer draws. */
  faces: { good: string; soSo: string; hard: string };
  /** The two time slots of a split session. */
  slots: { massage: string; exercises: string };
  skipped: { heading: string; ill: string; fever: string; rash: string; upset: string; other: string };
  questions: string;
  /** Older children (7+): {name}. */
  childTicks: string;
  breakStrip: {
    heading: string;
    /** {n} */
    week: string;
    cycling: string;
    swimming: string;
    barefoot: string;
    /** Only when the specialist enabled exercises in breaks. */
    exercises: string;
    exercisesNote: string;
  };
}

export interface CheckupLogTexts {
  /** {n} */
  visit: string;
  date: string;
  specialistSaid: string;
  changes: string;
  questions: string;
  /** Optional photo boxes: {n} is the course. */
  heelPhotoStart: string;
  heelPhotoEnd: string;
  photoHint: string;
}

export interface AboutTexts {
  /**
   * What the booklet is: `program` with a home routine, `care` when a named specialist issued it
   * without one, `general` when no clinician is named.
   */
  purpose: { program: string; care: string; general: string };
  disclaimer: Sentences;
  referencesHeading: string;
  references: readonly string[];
  /** {date} */
  generatedOn: string;
  /** {version}: the plan's version. */
  planVersion: string;
  /** {version}: CONTENT_VERSION. */
  contentVersion: string;
}
