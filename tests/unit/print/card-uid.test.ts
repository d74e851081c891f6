import { describe, expect, it } from 'vitest';
import { qrSymbol } from '../../../electron/pdf/qr';
import { cardQrFor } from '../../../electron/pdf/card/qr-payload';
import { cardRenderInput } from '../../../electron/services/print/card';
import { cardData } from '../../../electron/services/print/card-data';
import { moveAppointment } from '../../../electron/services/diary/appointments';
import { bookWeekly, cardDb, day, icsOf, printCard } from './card-fixture';
import { eventIdentities, parseEvents, printedQrCodes } from './print-helpers';

/** The module matrix of the code that holds `text`. */
function matrixOf(text: string): boolean[][] {
  const symbol = qrSymbol(text);
  return Array.from({ length: symbol.size }, (_, row) =>
    Array.from({ length: symbol.size }, (_, col) => symbol.isDark(row, col)),
  );
}

type Ctx = Awaited<ReturnType<typeof cardDb>>;

/** The calendar the card's code holds, checked against the code actually printed on it. */
async function printedCalendar(ctx: Ctx, layout: 'A6' | 'A4'): Promise<string> {
  const data = await cardData(ctx.db, ctx.mia, { now: new Date() });
  const qr = cardQrFor(cardRenderInput(data, layout, '2025-01-01T00:00:00.000Z'));
  if (!qr) throw new Error('the card has visits, so a code');
  const printed = await printCard(ctx.dispatch, { patientId: ctx.mia, layout });
  expect(printedQrCodes(printed.bytes)).toEqual([matrixOf(qr.text)]);
  return qr.text;
}

describe('calendar events that a second scan or import updates instead of duplicating', () => {
  it('gives each visit the same UID and DTSTAMP in the QR code and the .ics file, print after print', async () => {
    const ctx = await cardDb();
    const visits = await bookWeekly(ctx, ctx.mia, 3);
    const ics = await icsOf(ctx.dispatch, { patientId: ctx.mia });
    const fromFile = eventIdentities(ics.content);
    expect(fromFile.map((e) => e.stamp)).toEqual(visits.map((v) => Date.parse(v.updatedAt)));
    expect(fromFile.every((e) => e.sequence === 0)).toBe(true);
    const uids = fromFile.map((e) => e.uid);
    visits.forEach((v, i) => expect(uids[i]).toMatch(new RegExp(`^valgo-appointment-${v.id}@[0-9a-f]{12}$`)));
    expect(new Set(uids).size).toBe(3);

    for (const layout of ['A6', 'A4'] as const) {
      const first = await printedCalendar(ctx, layout);
      const inCode = eventIdentities(first);
      expect(inCode.length).toBeGreaterThanOrEqual(1);
      expect(inCode).toEqual(fromFile.slice(0, inCode.length));
      // Printed again (a minute later, or tomorrow): the very same code.
      expect(await printedCalendar(ctx, layout)).toBe(first);
      // The code's events are the file's, title and times included.
      expect(parseEvents(first).map((e) => [e.uid, e.start, e.end])).toEqual(
        parseEvents(ics.content)
          .slice(0, inCode.length)
          .map((e) => [e.uid, e.start, e.end]),
      );
    }
    // The .ics file exported again is byte for byte the same.
    expect((await icsOf(ctx.dispatch, { patientId: ctx.mia })).content).toBe(ics.content);
  });

  it('keeps the UID of a moved visit and raises its DTSTAMP and SEQUENCE', async () => {
    const ctx = await cardDb();
    const [visit] = await bookWeekly(ctx, ctx.mia, 1);
    const before = eventIdentities((await icsOf(ctx.dispatch, { patientId: ctx.mia })).content)[0]!;
    const moved = await moveAppointment(
      ctx.db,
      { id: visit!.id, start: { date: day(8), time: '11:00' } },
      new Date(Date.parse(visit!.updatedAt) + 90_000),
    );
    const after = eventIdentities((await icsOf(ctx.dispatch, { patientId: ctx.mia })).content)[0]!;
    expect(after.uid).toBe(before.uid);
    expect(after.stamp).toBe(Date.parse(moved.appointment.updatedAt));
    expect(after.stamp).toBeGreaterThan(before.stamp);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(eventIdentities(await printedCalendar(ctx, 'A6'))[0]).toEqual(after);
  });

  it('names the database in the UID, so two practices never share one', async () => {
    const a = await cardDb();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = await cardDb();
    await bookWeekly(a, a.mia, 1);
    await bookWeekly(b, b.mia, 1);
    const uidA = eventIdentities((await icsOf(a.dispatch, { patientId: a.mia })).content)[0]!.uid;
    const uidB = eventIdentities((await icsOf(b.dispatch, { patientId: b.mia })).content)[0]!.uid;
    expect(uidA.split('@')[0]).toBe(uidB.split('@')[0]);
    expect(uidA).not.toBe(uidB);
  });
});
