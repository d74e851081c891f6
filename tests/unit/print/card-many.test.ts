import { describe, expect, it } from 'vitest';
import type { Appointment, Language } from '../../../shared/contract';
import { visitWhen, weekdayDate } from '../../../electron/pdf/card/format';
import { bookWeekly, cardDb, icsOf, printCard } from './card-fixture';
import { overlappingWords, printedQrCodes, wordBoxes, type PdfRead } from './print-helpers';

/** Mia with `count` visits ahead. */
async function withVisits(count: number) {
  const ctx = await cardDb();
  const visits = await bookWeekly(ctx, ctx.mia, count);
  return { ...ctx, visits };
}

/** All text inside the page's margins and no word drawn over another. */
function expectTidy(pdf: PdfRead, margin: number) {
  const { pages, words } = wordBoxes(pdf.file);
  expect(words.length).toBeGreaterThan(20);
  for (const w of words) {
    const page = pages[w.page - 1]!;
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(margin - 1);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(margin - 1);
    expect(w.xMax, w.text).toBeLessThanOrEqual(page.width - margin + 1);
    expect(w.yMax, w.text).toBeLessThanOrEqual(page.height - margin + 1);
  }
  expect(overlappingWords(words)).toEqual([]);
}

const A6_MARGIN = 25.5;
const A4_MARGIN = 51;

/** How many of the visits the A6 card lists, in order: the first n printed, none after. */
function listed(text: string, visits: Appointment[], language: Language): number {
  const shown = visits.findIndex((v) => !text.includes(visitWhen(v.date, v.start, language)));
  const n = shown === -1 ? visits.length : shown;
  for (const v of visits.slice(n)) expect(text).not.toContain(visitWhen(v.date, v.start, language));
  return n;
}

/** The A4 sheet's rows: every visit's date, then its time, in order. */
function expectRows(text: string, visits: Appointment[], language: Language) {
  let from = 0;
  for (const v of visits) {
    const at = text.indexOf(`${weekdayDate(v.date, language)} ${v.start}`, from);
    expect(at, v.date).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

describe('a card for any number of visits', () => {
  it('prints with no visit: no code, a line to call', async () => {
    const ctx = await withVisits(0);
    for (const layout of ['A6', 'A4'] as const) {
      const printed = await printCard(ctx.dispatch, { patientId: ctx.mia, layout });
      expect(printed.pages).toBe(1);
      expect(printed.pdf.text).toContain('No visits are booked yet');
      expect(printedQrCodes(printed.bytes)).toHaveLength(0);
      expectTidy(printed.pdf, layout === 'A6' ? A6_MARGIN : A4_MARGIN);
    }
  });

  it('prints one visit, all of it in the code', async () => {
    const ctx = await withVisits(1);
    for (const layout of ['A6', 'A4'] as const) {
      const printed = await printCard(ctx.dispatch, { patientId: ctx.mia, layout });
      expect(printed.pages).toBe(1);
      if (layout === 'A6') expect(listed(printed.pdf.text, ctx.visits, 'en')).toBe(1);
      else expectRows(printed.pdf.text, ctx.visits, 'en');
      expect(printed.pdf.text).not.toMatch(/The code holds|more:/);
      expect(printedQrCodes(printed.bytes)).toHaveLength(1);
      expectTidy(printed.pdf, layout === 'A6' ? A6_MARGIN : A4_MARGIN);
    }
  });

  for (const count of [24, 60]) {
    for (const language of ['en', 'ru'] as const) {
      it(`prints ${count} visits (${language}): the next ones on the A6 card, all on the A4 sheet`, async () => {
        const ctx = await withVisits(count);
        const a6 = await printCard(ctx.dispatch, { patientId: ctx.mia, layout: 'A6', language });
        expect(a6.pages).toBe(1);
        const shown = listed(a6.pdf.text, ctx.visits, language);
        expect(shown).toBeGreaterThanOrEqual(3);
        expect(shown).toBeLessThan(count);
        const more = language === 'en' ? `and ${count - shown} more` : `ещё визитов: ${count - shown}`;
        expect(a6.pdf.text).toContain(more);
        const holds =
          language === 'en'
            ? new RegExp(`The code holds your next (?:(\\d+) visits|visit); all ${count} are in the calendar file\\.`)
            : new RegExp(`В коде (\\d+) ближайш\\S+ визит\\S*; все ${count} — в файле календаря\\.`);
        expect(a6.pdf.text).toMatch(holds);
        expect(Number(holds.exec(a6.pdf.text)![1] ?? 1)).toBeLessThan(count);
        expect(printedQrCodes(a6.bytes)).toHaveLength(1);
        expectTidy(a6.pdf, A6_MARGIN);

        const a4 = await printCard(ctx.dispatch, { patientId: ctx.mia, layout: 'A4', language });
        // Every visit's date on the sheet, across pages, each page with its footer.
        expectRows(a4.pdf.text, ctx.visits, language);
        expect(a4.pages).toBeGreaterThanOrEqual(count === 60 ? 2 : 1);
        const pageOf = language === 'en' ? 'page {n} of {p}' : 'стр. {n} из {p}';
        for (let n = 1; n <= a4.pages; n++) {
          expect(a4.pdf.text).toContain(pageOf.replace('{n}', String(n)).replace('{p}', String(a4.pages)));
        }
        expect(a4.pdf.text).toMatch(holds);
        expectTidy(a4.pdf, A4_MARGIN);

        expect((await icsOf(ctx.dispatch, { patientId: ctx.mia })).events).toBe(count);
      });
    }
  }
});
