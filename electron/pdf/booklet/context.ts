/* What every section builder reads: the request, the computed plan, the texts and the layout. */
import type { BookletRequest } from '../../../shared/contract/booklets';
import type { Language } from '../../../shared/contract/settings';
import { type BookletTexts, fill, type FillValues } from '../../../shared/content';
import type { Plan, PlanNote } from '../../../shared/plan';
import type { Layout } from './layout';

export interface Ctx {
  l: Layout;
  req: BookletRequest;
  plan: Plan;
  t: BookletTexts;
  lang: Language;
  /** The page where the specialist's notes are printed, once drawn (the calendar pages refer to it). */
  notesPage?: number;
}

/** The specialist's own number, else the clinic's; '' when neither is set. */
export function contactPhone(ctx: Ctx): string {
  return ctx.plan.clinician?.phone || ctx.req.clinic.phone;
}

/** For texts labelled "Clinic phone": the clinic's number, else the specialist's. */
export function clinicPhone(ctx: Ctx): string {
  return ctx.req.clinic.phone || ctx.plan.clinician?.phone || '';
}

export function noteOf<C extends PlanNote['code']>(ctx: Ctx, code: C): Extract<PlanNote, { code: C }> | undefined {
  return ctx.plan.notes.find((n): n is Extract<PlanNote, { code: C }> => n.code === code);
}

export const f = (template: string, values?: FillValues): string => fill(template, values);
