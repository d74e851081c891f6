import {
  FOOT_SIDES,
  RED_FLAGS,
  type AssessmentInput,
  type DegreeMethod,
  type FootAssessment,
  type FootSide,
  type RedFlag,
} from '../../../shared/contract';
import type { I18n } from '../../i18n';

/*
 * An assessment in plain words, for the child screen, the timeline and the history of changes:
 * "Left foot: degree 2 (heel-valgus angle, 17°), flexible."
 */

type Words = Pick<I18n, 't' | 'locale' | 'number'>;

/** "Heel-valgus angle" -> "heel-valgus angle", for use inside a sentence. */
export function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

export function methodName({ t }: Words, method: DegreeMethod): string {
  return t(`method.${method}`);
}

/** "degree 2" or "no valgus". */
export function degreeWords({ t }: Words, degree: number): string {
  return degree === 0 ? t('summary.noValgus') : t('summary.degree', { degree });
}

export function angleWords(i18n: Words, angle: number): string {
  return i18n.t('summary.angle', { angle: i18n.number(angle) });
}

/** "Left foot: degree 2 (heel-valgus angle, 17°), flexible." */
export function footSentence(i18n: Words, side: FootSide, foot: FootAssessment): string {
  const details = [
    foot.method && foot.degree > 0 ? lowerFirst(methodName(i18n, foot.method), i18n.locale) : null,
    foot.heelAngle !== null ? angleWords(i18n, foot.heelAngle) : null,
  ].filter((d): d is string => d !== null);
  const finding = degreeWords(i18n, foot.degree) + (details.length ? ` (${details.join(', ')})` : '');
  return i18n.t('summary.foot', {
    foot: i18n.t(`foot.${side}`),
    finding,
    flexibility: i18n.t(`flexible.${foot.flexible}`),
  });
}

/** "pain, limping" or "none". */
export function redFlagList(i18n: Words, flags: readonly RedFlag[]): string {
  return flags.length
    ? flags.map((f) => lowerFirst(i18n.t(`redFlag.${f}`), i18n.locale)).join(', ')
    : i18n.t('summary.redFlagsNone');
}

/** The whole assessment as short sentences, feet first, then red flags and measurements. */
export function assessmentSentences(i18n: Words, a: AssessmentInput): string[] {
  const sentences = FOOT_SIDES.map((side) => footSentence(i18n, side, a[side]));
  sentences.push(i18n.t('summary.redFlags', { flags: redFlagList(i18n, a.redFlags) }));
  if (a.weightKg !== null) sentences.push(i18n.t('summary.weight', { weight: i18n.number(a.weightKg) }));
  if (a.heightCm !== null) sentences.push(i18n.t('summary.height', { height: i18n.number(a.heightCm) }));
  if (a.overweight) sentences.push(i18n.t('summary.overweight'));
  return sentences;
}

export interface Change {
  field: string;
  from: string;
  to: string;
}

/** What differs between two states of an assessment, field by field, in words. */
export function changesBetween(
  i18n: Words & Pick<I18n, 'date'>,
  before: AssessmentInput,
  after: AssessmentInput,
  clinicianName: (id: number) => string,
): Change[] {
  const { t } = i18n;
  const changes: Change[] = [];
  const blank = t('history.blank');
  const add = (field: string, from: string, to: string) => {
    if (from !== to) changes.push({ field, from, to });
  };
  add(t('history.field.assessedOn'), i18n.date(before.assessedOn), i18n.date(after.assessedOn));
  add(t('history.field.clinician'), clinicianName(before.clinicianId), clinicianName(after.clinicianId));
  for (const side of FOOT_SIDES) {
    const foot = t(`foot.${side}`);
    const [b, a] = [before[side], after[side]];
    add(t('history.field.degree', { foot }), degreeWords(i18n, b.degree), degreeWords(i18n, a.degree));
    const method = (f: FootAssessment) =>
      f.method && f.degree > 0 ? lowerFirst(methodName(i18n, f.method), i18n.locale) : blank;
    add(t('history.field.method', { foot }), method(b), method(a));
    add(t('history.field.flexible', { foot }), t(`flexible.${b.flexible}`), t(`flexible.${a.flexible}`));
    const angle = (f: FootAssessment) => (f.heelAngle === null ? blank : angleWords(i18n, f.heelAngle));
    add(t('history.field.heelAngle', { foot }), angle(b), angle(a));
  }
  const flags = (list: readonly RedFlag[]) =>
    redFlagList(
      i18n,
      RED_FLAGS.filter((f) => list.includes(f)),
    );
  add(t('history.field.redFlags'), flags(before.redFlags), flags(after.redFlags));
  const kg = (v: number | null) => (v === null ? blank : t('history.kg', { value: i18n.number(v) }));
  add(t('history.field.weight'), kg(before.weightKg), kg(after.weightKg));
  const cm = (v: number | null) => (v === null ? blank : t('history.cm', { value: i18n.number(v) }));
  add(t('history.field.height'), cm(before.heightCm), cm(after.heightCm));
  const yesNo = (v: boolean) => t(v ? 'history.yes' : 'history.no');
  add(t('history.field.overweight'), yesNo(before.overweight), yesNo(after.overweight));
  add(t('history.field.notes'), before.notes.trim() || blank, after.notes.trim() || blank);
  return changes;
}
