import type { PlanChoices, StepOverride } from '../../../shared/contract';
import { PLAN_DEFAULTS } from '../../../shared/contract';
import type { I18n } from '../../i18n';
import { stepTitle } from './plan-text';

/*
 * What differs between the last booklet's choices and the ones on screen, in plain words for the
 * clinician continuing a plan ("Course length: default → 10 days", "“Buttocks” left out").
 */

const NUMBERS = [
  ['courseDays', 'booklet.unit.days'],
  ['breakDays', 'booklet.unit.days'],
  ['horizonMonths', 'booklet.unit.months'],
  ['startMinutes', 'booklet.unit.min'],
  ['peakMinutes', 'booklet.unit.min'],
  ['endMinutes', 'booklet.unit.min'],
] as const;

const SWITCHES = [
  ['includeMat', 'booklet.field.includeMat', PLAN_DEFAULTS.includeMat],
  ['includeBath', 'booklet.field.includeBath', PLAN_DEFAULTS.includeBath],
  ['exercisesInBreaks', 'booklet.field.exercisesInBreaks', PLAN_DEFAULTS.exercisesInBreaks],
] as const;

const CONFIRMATIONS = [
  ['clinicianConfirmsHomeMassage', 'booklet.changes.confirmHomeMassage'],
  ['clinicianConfirmsUnder2', 'booklet.changes.confirmUnder2'],
] as const;

const DOSES = ['reps', 'minutes', 'holdSeconds'] as const;

/** One sentence per difference, in the order the panel shows the fields; empty when nothing changed. */
export function planChanges(i18n: I18n, before: PlanChoices, after: PlanChoices): string[] {
  const { t } = i18n;
  const lines: string[] = [];
  const change = (label: string, from: string, to: string) =>
    lines.push(t('booklet.changes.value', { label, from, to }));
  const b = before.settings;
  const a = after.settings;

  if (b.startDate !== a.startDate) change(t('booklet.field.startDate'), i18n.date(b.startDate), i18n.date(a.startDate));
  for (const [field, unit] of NUMBERS) {
    const value = (n: number | undefined) => (n === undefined ? t('booklet.changes.default') : `${n} ${t(unit)}`);
    if (b[field] !== a[field]) change(t(`booklet.field.${field}`), value(b[field]), value(a[field]));
  }
  for (const [field, key] of CONFIRMATIONS) {
    const value = (on: boolean) => t(on ? 'booklet.changes.confirmed' : 'booklet.changes.notConfirmed');
    if (b[field] !== a[field]) change(t(key), value(b[field]), value(a[field]));
  }
  if ((b.unaffectedLegMode ?? null) !== (a.unaffectedLegMode ?? null)) {
    const value = (mode: PlanChoices['settings']['unaffectedLegMode']) =>
      mode === undefined ? t('booklet.changes.default') : t(`booklet.changes.leg.${mode}`);
    change(t('booklet.changes.unaffectedLeg'), value(b.unaffectedLegMode), value(a.unaffectedLegMode));
  }
  for (const [field, label, fallback] of SWITCHES) {
    const from = b[field] ?? fallback;
    const to = a[field] ?? fallback;
    const value = (on: boolean) => t(on ? 'booklet.changes.on' : 'booklet.changes.off');
    if (from !== to) change(t(label), value(from), value(to));
  }

  const titleOf = (id: string) =>
    stepTitle(
      i18n,
      id,
      (after.customSteps.find((c) => c.id === id) ?? before.customSteps.find((c) => c.id === id))?.title,
    );
  const ids = [...new Set([...Object.keys(before.overrides), ...Object.keys(after.overrides)])];
  for (const id of ids) {
    const from: StepOverride = before.overrides[id] ?? {};
    const to: StepOverride = after.overrides[id] ?? {};
    const step = titleOf(id);
    if ((from.skip === true) !== (to.skip === true))
      lines.push(t(to.skip ? 'booklet.changes.skipped' : 'booklet.changes.unskipped', { step }));
    for (const field of DOSES) {
      if (from[field] === to[field]) continue;
      const value = (n: number | undefined) => (n === undefined ? t('booklet.changes.default') : String(n));
      lines.push(
        t('booklet.changes.dose', {
          step,
          field: t(`booklet.changes.field.${field}`),
          from: value(from[field]),
          to: value(to[field]),
        }),
      );
    }
  }

  for (const c of after.customSteps) {
    const old = before.customSteps.find((x) => x.id === c.id);
    const title = titleOf(c.id);
    if (!old) lines.push(t('booklet.changes.customAdded', { title }));
    else if (old.title !== c.title || old.text !== c.text || old.after !== c.after || old.reps !== c.reps)
      lines.push(t('booklet.changes.customChanged', { title }));
  }
  for (const c of before.customSteps)
    if (!after.customSteps.some((x) => x.id === c.id))
      lines.push(t('booklet.changes.customRemoved', { title: titleOf(c.id) }));

  const noteIds = [...new Set([...Object.keys(before.stepNotes), ...Object.keys(after.stepNotes)])];
  for (const id of noteIds) {
    const from = before.stepNotes[id] ?? '';
    const to = after.stepNotes[id] ?? '';
    if (from === to) continue;
    const key = from === '' ? 'noteAdded' : to === '' ? 'noteRemoved' : 'noteChanged';
    lines.push(t(`booklet.changes.${key}`, { step: titleOf(id) }));
  }
  if (before.specialistNotes !== after.specialistNotes) {
    const key =
      before.specialistNotes === '' ? 'notesAdded' : after.specialistNotes === '' ? 'notesRemoved' : 'notesChanged';
    lines.push(t(`booklet.changes.${key}`));
  }

  if (before.language !== after.language)
    change(
      t('booklet.language'),
      t(`booklet.languageName.${before.language}`),
      t(`booklet.languageName.${after.language}`),
    );
  if (before.paper !== after.paper) change(t('booklet.paper'), before.paper, after.paper);
  return lines;
}
