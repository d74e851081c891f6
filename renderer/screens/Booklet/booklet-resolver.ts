import { zodResolver } from '@hookform/resolvers/zod';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { PlanChoices } from '../../../shared/contract';
import { STEP_IDS } from '../../../shared/plan';
import { EMPTY_STEP, toChoices, type BookletValues } from './booklet-values';

/*
 * The booklet form checks the clinician's entries with the contract's own schema (zodResolver over
 * PlanChoices, the schema main parses `booklets:preview` and `booklets:issue` with), so the form and
 * main refuse the same things with the same message keys. The entries are first read into choices
 * (booklet-values.ts: numbers as typed, over the choices the form started from); the errors are
 * keyed by the schema's paths (`settings.courseDays`, `overrides.X05.reps`, `customSteps.0.title`),
 * which is also how main names a refused field (applyServerIssues puts those on the same paths).
 */

/** Message keys for zod's built-in issues, as main words them (shared/contract/issues.ts). */
const keyFor: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_value') return 'chooseOne';
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'invalidValue';
  return 'invalidValue';
};

const contract = zodResolver(PlanChoices, { error: keyFor });

export interface ResolverContext {
  /** The choices the entries are read over (the plan continued, or a new plan's). */
  base: PlanChoices;
  /** A plan cannot start before the child was born. */
  bornOn?: string;
  /** Set by each check: the choices the entries made, or null while a field needs attention. */
  parsed: PlanChoices | null;
}

/**
 * The form's resolver (useForm's `context` is the ResolverContext of the screen's current plan):
 * entries in, PlanChoices out, or errors by schema path.
 */
export const bookletResolver: Resolver<BookletValues, ResolverContext, PlanChoices> = async (
  values,
  context,
  options,
) => {
  if (!context) throw new Error('bookletResolver needs the form context (base choices)');
  const { base, bornOn } = context;
  const { input, errors: typed } = toChoices(base, values);
  const result = await contract(input as z.input<typeof PlanChoices>, undefined, options as never);
  const errors = result.errors as FieldErrors<BookletValues>;
  // A number that does not read as one says so, whatever else the schema made of its absence.
  for (const [path, message] of Object.entries(typed)) set(errors, path, { type: 'number', message });
  const parsed = Object.keys(errors).length === 0 ? (result.values as PlanChoices) : null;
  if (parsed && bornOn && parsed.settings.startDate < bornOn) {
    set(errors, 'settings.startDate', { type: 'beforeBirth', message: 'beforeBirth' });
  }
  context.parsed = Object.keys(errors).length === 0 ? parsed : null;
  if (!context.parsed) return { values: {}, errors };
  return { values: context.parsed, errors: {} };
};

/** Error messages (keys) by schema path, from the form's nested errors. */
export function flatErrors(
  errors: FieldErrors,
  prefix = '',
  into: Record<string, string> = {},
): Record<string, string> {
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') into[path] ??= message;
    else if (key !== 'ref') flatErrors(value as FieldErrors, path, into);
  }
  return into;
}

/** The entries with every library step present (each step's fields are form fields of their own). */
export function withLibrarySteps(values: BookletValues): BookletValues {
  const steps = { ...values.steps };
  for (const id of STEP_IDS) steps[id] ??= { ...EMPTY_STEP };
  return { ...values, steps };
}
