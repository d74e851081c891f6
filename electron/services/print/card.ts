/*
 * `appointments:card`: the parents' card (A6) or follow-up sheet (A4) for a child, from the
 * diary (booked visits from now on), the clinic settings and the latest archived plan.
 */
import type { Kysely } from 'kysely';
import type { BookletAction, CardLayout, Language, PrintResult } from '../../../shared/contract';
import { instantParts } from '../../../shared/calendar/local-time';
import { FILE_WHAT, fileNameFor } from '../../../shared/file-names';
import type { Database } from '../../db/schema';
import { renderAppointmentCard, type CardRenderInput } from '../../pdf/card/render-card';
import { cardData, type CardData } from './card-data';
import { deliverPdf, type PrintDeps, rendering } from './card-delivery';
import { AppError } from '../errors';

export interface CardRequest {
  patientId: number;
  layout: CardLayout;
  language?: Language | undefined;
  action: BookletAction;
}

/** What the renderer draws for `data` (exported so tests can rebuild the card's QR payload). */
export function cardRenderInput(data: CardData, layout: CardLayout, generatedAt: string): CardRenderInput {
  return {
    child: data.child,
    clinic: data.clinic,
    clinician: data.visits[0]?.clinician ?? null,
    visits: data.visits,
    plan: data.plan,
    language: data.language,
    layout,
    generatedAt,
  };
}

export async function printAppointmentCard(
  db: Kysely<Database>,
  input: CardRequest,
  deps: PrintDeps = {},
): Promise<PrintResult> {
  const now = deps.now?.() ?? new Date();
  const data = await cardData(db, input.patientId, { language: input.language, now });
  // The card is what the family calls from to move a visit; one without the number fails them.
  if (!data.clinic.phone.trim()) {
    throw new AppError('VALIDATION', 'Add the clinic phone (Settings → Clinic) before printing the card.', [
      { path: 'clinicPhone', message: 'required' },
    ]);
  }
  const bytes = await rendering(() =>
    renderAppointmentCard(
      cardRenderInput(data, input.layout, now.toISOString()),
      deps.fontsDir ? { fontsDir: deps.fontsDir } : {},
    ),
  );
  const fileName = fileNameFor({
    child: data.child,
    what: FILE_WHAT[data.language].card,
    date: instantParts(now.getTime()).date,
    extension: 'pdf',
  });
  return deliverPdf(bytes, fileName, input.action, deps);
}
