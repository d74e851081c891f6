import { formatInstant } from '../../../shared/calendar/format';
import type { FootSide } from '../../../shared/contract';
import { bookletTexts } from '../../../shared/content';
import {
  isCustomStepId,
  type EditionReason,
  type Plan,
  type PlanNotice,
  type PlanStep,
  type Range,
  type Sides,
  type StepId,
  type WorseSide,
} from '../../../shared/plan';
import { describeError, validationIssues } from '../../errors';
import type { I18n } from '../../i18n';

/*
 * The plan engine's reason codes and doses in plain words for the clinician (not the booklet's
 * own texts, which main renders in the booklet's language).
 */

/** A number in the UI language's style, at most one decimal. */
export function numberText(i18n: I18n, n: number): string {
  return new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }).format(n);
}

/** "10" or "10–12". */
export function rangeText(i18n: I18n, r: Range): string {
  return r.min === r.max ? numberText(i18n, r.min) : `${numberText(i18n, r.min)}–${numberText(i18n, r.max)}`;
}

/** An instant as local date and time ("12 Mar 2025, 14:05"). */
export function dateTimeText(i18n: I18n, iso: string): string {
  return formatInstant(i18n.locale, iso);
}

/** An instant's local date ("12 Mar 2025"). */
export function dayText(i18n: I18n, iso: string): string {
  return formatInstant(i18n.locale, iso, false);
}

function ageText(i18n: I18n, ageMonths: number): string {
  return i18n.age({ years: Math.floor(ageMonths / 12), months: ageMonths % 12 });
}

function sideKey(side: WorseSide | FootSide[]): 'left' | 'right' | 'both' {
  if (Array.isArray(side)) return side.length === 1 ? side[0]! : 'both';
  return side;
}

/** One reason for the edition as a phrase ("right foot degree 3"). */
export function reasonText(i18n: I18n, reason: EditionReason): string {
  const { t } = i18n;
  switch (reason.code) {
    case 'red_flag':
      return t('booklet.reason.red_flag', {
        flags: reason.flags.map((f) => t(`booklet.redFlag.${f}`)).join(', '),
      });
    case 'rigid_foot':
      return t(`booklet.reason.rigid.${sideKey(reason.sides)}`);
    case 'worse_side_degree':
      return t(`booklet.reason.degree.${reason.side}`, { degree: reason.degree });
    case 'home_program':
      return t(`booklet.reason.program.${reason.side}`, { degree: reason.degree });
    case 'under_24_months':
      return t('booklet.reason.under_24_months', { age: ageText(i18n, reason.ageMonths) });
    default:
      return t(`booklet.reason.${reason.code}`);
  }
}

/** "Specialist care: right foot degree 3" */
export function editionHeadline(i18n: I18n, plan: Plan): string {
  const kind = i18n.t(`booklet.kind.${plan.edition.kind}`);
  const reasons = plan.edition.reasons.map((r) => reasonText(i18n, r));
  if (reasons.length === 0) return kind;
  return i18n.t('booklet.why', { kind, reasons: reasons.join('; ') });
}

export function ageBandText(i18n: I18n, plan: Plan): string {
  return i18n.t(`booklet.ageBand.${plan.child.ageBand.value}`, { age: ageText(i18n, plan.child.ageMonthsAtStart) });
}

/** A library step's title in the UI language, or a custom step's own title. */
export function stepTitle(i18n: I18n, id: string, customTitle?: string): string {
  // Never the internal id ("C01"): the clinician's title, or "Your own step 1".
  if (isCustomStepId(id)) return customTitle?.trim() || i18n.t('booklet.custom.legend', { n: Number(id.slice(1)) });
  return bookletTexts(i18n.language).steps[id as StepId].title;
}

/** The dose of a printed step in a few words, with the extras a toddler gets. */
export function doseText(i18n: I18n, step: PlanStep): string {
  const { t } = i18n;
  const d = step.dose;
  const parts: string[] = [];
  switch (d.type) {
    case 'position':
      return '';
    case 'massage':
      parts.push(t('booklet.dose.massage', { minutes: numberText(i18n, d.zoneMinutesAtPeak) }));
      break;
    case 'mat':
      parts.push(
        d.buildUp
          ? t('booklet.dose.matBuildUp', {
              from: d.buildUp.fromMinutes,
              minutes: rangeText(i18n, d.minutes),
              days: d.buildUp.days,
            })
          : t('booklet.dose.min', { minutes: rangeText(i18n, d.minutes) }),
      );
      if (d.mode === 'walk') parts.push(t('booklet.dose.walkOnly'));
      break;
    case 'reps': {
      const reps = rangeText(i18n, d.reps);
      parts.push(
        d.startReps !== null
          ? t('booklet.dose.startReps', { start: d.startReps, reps })
          : t(`booklet.dose.${d.per}`, { reps }),
      );
      if (d.holdSeconds) parts.push(t('booklet.dose.hold', { seconds: rangeText(i18n, d.holdSeconds) }));
      for (const aid of d.aids) parts.push(t(`booklet.dose.aid.${aid}`));
      break;
    }
    case 'minutes':
      parts.push(t('booklet.dose.min', { minutes: rangeText(i18n, d.minutes) }));
      break;
    case 'bath':
      parts.push(
        t('booklet.dose.bath', {
          soak: rangeText(i18n, d.soakMinutes),
          cool: rangeText(i18n, d.coolSeconds),
          warm: rangeText(i18n, d.warmMinutes),
        }),
      );
      break;
    case 'custom':
      if (d.reps !== null) parts.push(t('booklet.dose.session', { reps: d.reps }));
      break;
  }
  const sides = sidesText(i18n, step.sides);
  if (sides) parts.push(sides);
  return parts.join(', ');
}

/** Only when one leg gets less: "light on the right leg". */
function sidesText(i18n: I18n, sides: Sides | null): string | null {
  if (!sides || sides.reason !== 'unaffected_leg_mode') return null;
  for (const leg of ['left', 'right'] as const) {
    const work = sides[leg];
    if (work !== 'full') return i18n.t(`booklet.sides.${work}.${leg}`);
  }
  return null;
}

/** True when the clinician's own numbers set this step's dose. */
export function doseChanged(step: PlanStep): boolean {
  const d = step.dose;
  if (d.type === 'reps') return d.reason === 'override' || d.holdReason === 'override';
  if (d.type === 'mat' || d.type === 'minutes' || d.type === 'bath') return d.reason === 'override';
  return false;
}

/** A notice from the engine as a sentence, with step titles in place of ids. */
export function noticeText(i18n: I18n, notice: PlanNotice, titleOf: (id: string) => string): string {
  const { t } = i18n;
  switch (notice.code) {
    case 'start_capped_at_peak':
    case 'end_capped_at_peak':
      return t(`booklet.notice.${notice.code}`, { requested: notice.requested, peak: notice.peak });
    case 'custom_anchor_removed':
    case 'note_for_absent_step':
    case 'override_for_absent_step':
      return t(`booklet.notice.${notice.code}`, { title: titleOf(notice.stepId) });
    case 'follow_up_course_beyond_horizon':
      return t('booklet.notice.follow_up_course_beyond_horizon', { course: notice.course });
  }
}

/**
 * What stops a plan, in words: main reports a blocked plan as issues on `plan` whose message is the
 * engine's block code (PlanBlock), never shown as such.
 */
export function planBlockText(i18n: I18n, code: string): string | null {
  const { t } = i18n;
  switch (code) {
    case 'flexibility_unknown':
      return `${t('booklet.block.flexibility_unknown.both')} ${t('booklet.block.flexibility_unknown.todo')}`;
    case 'm08_skipped_alone':
    case 'doses_required':
      return t(`booklet.block.${code}`);
    default:
      return null;
  }
}

/** A failed print, save or download in words: a blocked plan says why, anything else what to do. */
export function failureText(i18n: I18n, error: unknown): string {
  const blocks = (validationIssues(error) ?? []).filter((i) => i.path === 'plan');
  const reasons = blocks.map((b) => planBlockText(i18n, b.message) ?? i18n.validation(b.message));
  return reasons.length > 0
    ? i18n.t('booklet.validation.planBlocked', { reasons: reasons.join(' ') })
    : describeError(i18n.t, error);
}

/** A schema message key for this screen's fields, as a sentence. */
export function bookletValidation(i18n: I18n, key: string): string {
  const { t } = i18n;
  const [name = '', arg = ''] = key.split(':');
  const block = planBlockText(i18n, name);
  if (block) return block;
  switch (name) {
    case 'courseDaysRange':
    case 'breakDaysRange':
    case 'horizonRange':
    case 'startAbovePeak':
    case 'endAbovePeak':
    case 'dosesRequired':
    case 'repsRange':
    case 'wholeMinutes':
    case 'holdSecondsRange':
    case 'm08SkipAlone':
    case 'notANumber':
    case 'unprintableCharacter':
    case 'beforeBirth':
      return t(`booklet.validation.${name}`);
    case 'minutesRange': {
      const [min = '1', max = '30'] = arg.split('-');
      return t('booklet.validation.minutesRange', { min, max });
    }
    case 'peakMax':
      return t('booklet.validation.peakMax', { max: arg });
    case 'tooMany':
      return t('booklet.validation.tooManySteps', { count: Number(arg) });
    default:
      return i18n.validation(key);
  }
}
