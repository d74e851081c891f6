/*
 * Print that is easy to read (booklet-design.md "Page", content spec §5 "minimum 11-pt type"),
 * measured in the generated PDF with pdf.js: every text run's size is the height its text matrix
 * gives it on the page.
 *
 * Two kinds of text, told apart by where the run sits in the tagged structure:
 * - labels, at least 9 pt: the running footer (an Artifact), and everything inside a Figure or a
 *   Table (figure labels and captions, chart axes and values, the timeline's months and pins, the
 *   calendar's column heads, day numbers and week heads); plus the few captions that are tagged as
 *   paragraphs but name a mark or a field rather than say something: the calendar's legend words,
 *   its slot names and skipped reasons, a technique's name beside its icon, the check-up log's
 *   field names, the small kickers over a title ("Your calendar", "Added by your specialist"), the
 *   clinic's address and phone on the letterhead, and the About page's reference list and
 *   "made on" line;
 * - reading text, at least 11 pt: everything else (paragraphs, bullets, headings, boxes, the
 *   calendar's dates, next check-up, intro and warning-signs reminder, per-leg lines, cautions).
 */
import { describe, expect, it } from 'vitest';
import { bookletTexts, type BookletTexts } from '../../../shared/content';
import { BookletRequest, type BookletRequestInput } from '../../../shared/contract/booklets';
import { renderBooklet } from '../../../electron/pdf/booklet/render-booklet';
import { fixture } from './booklet-helpers';
import { fullProgram, type TextRun, textRuns } from './text-runs';

const READING_MIN = 11;
const LABEL_MIN = 9;

/** Marked content whose text is labels: the footer, figures, tables. */
const LABEL_TAGS = new Set(['Artifact', 'Figure', 'Table']);

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Paragraph-tagged captions, matched whole. */
function captions(t: BookletTexts, req: BookletRequestInput): Set<string> {
  const c = t.calendar;
  return new Set(
    [
      ...Object.values(c.intensity),
      ...Object.values(c.faces),
      ...Object.values(c.slots),
      ...Object.values(c.skipped),
      ...Object.values(t.techniques.items).map((i) => i.name),
      t.checkupLog.date,
      `${t.checkupLog.date}:`,
      t.checkupLog.specialistSaid,
      t.checkupLog.changes,
      t.checkupLog.questions,
      t.sections.calendars.title,
      t.stepLabels.addedBySpecialist,
      req.clinic.address,
      req.clinic.phone,
    ].map(flat),
  );
}

/** The About page's fine print: every run after its references heading (the list, the "made on" line). */
function finePrint(runs: readonly TextRun[], t: BookletTexts): Set<TextRun> {
  const heading = flat(t.about.referencesHeading);
  let from = -1;
  runs.forEach((r, i) => {
    if (r.text === heading) from = i;
  });
  return new Set(from < 0 ? [] : runs.slice(from + 1).filter((r) => !r.tags.includes('Artifact')));
}

export function classify(runs: readonly TextRun[], t: BookletTexts, req: BookletRequestInput) {
  const caption = captions(t, req);
  const fine = finePrint(runs, t);
  const isLabel = (r: TextRun) => r.tags.some((tag) => LABEL_TAGS.has(tag)) || caption.has(r.text) || fine.has(r);
  return { labels: runs.filter(isLabel), reading: runs.filter((r) => !isLabel(r)) };
}

const show = (r: TextRun) => `p${r.page} ${r.size}pt [${r.tags.join('>')}] ${r.text}`;

const booklets: [string, BookletRequestInput][] = [
  ['English, full 18-month program', fullProgram('en')],
  ['Russian, full 18-month program', fullProgram('ru')],
  // One foot affected: the per-leg lines; a custom step; a step note.
  ['English fixture', fixture('booklet-full-en')],
  // Letter paper, prescribed insoles and clinic treatments.
  ['Russian fixture', fixture('booklet-ru')],
  // An older child (ticks the boxes), exercises in the breaks, a 21-day course on Letter.
  [
    'Russian, 21-day courses on Letter',
    fullProgram('ru', {
      child: { firstName: 'Алиса', lastName: 'Смирнова', dateOfBirth: '2017-05-01' },
      settings: { startDate: '2025-09-01', courseDays: 21, exercisesInBreaks: true },
      paper: 'Letter',
    }),
  ],
  ['English information edition', { ...fixture('booklet-full-en'), clinician: null }],
];

describe('booklet type sizes', { timeout: 120_000 }, () => {
  it.each(booklets)('%s: reading text at least 11 pt, labels and footers at least 9 pt', async (_name, input) => {
    const req = BookletRequest.parse(input);
    const runs = await textRuns(await renderBooklet(req));
    const { labels, reading } = classify(runs, bookletTexts(req.language), input);
    expect(reading.length).toBeGreaterThan(80);
    expect(labels.length).toBeGreaterThan(20);
    expect(reading.filter((r) => r.size < READING_MIN).map(show)).toEqual([]);
    expect(labels.filter((r) => r.size < LABEL_MIN).map(show)).toEqual([]);
  });

  it('classifies by structure: footers, figure and table text are labels; paragraphs are reading text', async () => {
    const input = fullProgram('en');
    const runs = await textRuns(await renderBooklet(BookletRequest.parse(input)));
    const { labels, reading } = classify(runs, bookletTexts('en'), input);
    const label = (text: string) => labels.some((r) => r.text === text);
    const read = (text: string) => reading.some((r) => r.text.includes(text));
    expect(label('Page 1 of ' + Math.max(...runs.map((r) => r.page)))).toBe(true);
    expect(label('Intensity')).toBe(true);
    expect(label('Notes')).toBe(true);
    expect(read('You may add a herbal infusion')).toBe(true);
    expect(read('Warning signs? Call')).toBe(true);
    expect(read('Next check-up:')).toBe(true);
    expect(read('Slow, light strokes')).toBe(true);
  });
});
