/*
 * The .ics export: the child's booked visits from now on, for the parents' own calendar. The
 * description carries the clinic's phone and the clinician's name, never a clinical note.
 */
import type { Kysely } from 'kysely';
import type { IcsFile, Language } from '../../../shared/contract';
import { instantParts } from '../../../shared/calendar/local-time';
import { FILE_WHAT, fileNameFor } from '../../../shared/file-names';
import type { Database } from '../../db/schema';
import { CARD_TEXTS, eventTitle, fill } from '../../pdf/card/texts';
import { cardData, type CardData } from './card-data';
import { buildCalendar, type IcsEvent } from './ics-format';

/**
 * One event per visit, with the UID and DTSTAMP the card's QR code gives it too, so a second
 * import (or a scan after the import) updates the visit instead of adding it again.
 */
export function visitEvents(data: CardData): IcsEvent[] {
  const t = CARD_TEXTS[data.language];
  const name = `${data.child.firstName} ${data.child.lastName}`;
  const location = [data.clinic.name, data.clinic.address].filter(Boolean).join(', ');
  return data.visits.map((v) => {
    const clinician = [v.clinician.name, v.clinician.title].filter(Boolean).join(', ');
    const description = [
      fill(t.eventLength, { type: v.label, minutes: v.durationMinutes }),
      clinician && fill(t.eventWith, { clinician }),
      data.clinic.phone && fill(t.eventCall, { phone: data.clinic.phone }),
    ].filter(Boolean);
    return {
      uid: v.uid,
      stamp: v.stamp,
      sequence: v.sequence,
      start: v.start,
      end: v.end,
      summary: eventTitle(t, v.checkUp, name),
      ...(location ? { location } : {}),
      description: description.join('\n'),
    };
  });
}

export async function exportIcs(
  db: Kysely<Database>,
  input: { patientId: number; language?: Language | undefined },
  now = new Date(),
): Promise<IcsFile> {
  const data = await cardData(db, input.patientId, { language: input.language, now });
  const events = visitEvents(data);
  return {
    fileName: fileNameFor({
      child: data.child,
      what: FILE_WHAT[data.language].visits,
      date: instantParts(now.getTime()).date,
      extension: 'ics',
    }),
    content: buildCalendar(events),
    events: events.length,
  };
}
