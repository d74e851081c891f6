/*
 * The A4 sheet's table of visits: date, time, what the visit is for, and with whom. Every booked
 * visit is listed, over as many pages as it takes, the header repeated on each. A plan check-up's
 * purpose ("Check-up after course 2", «Контрольный осмотр после курса 2») is longer than a type
 * name, so a cell wraps to a second line rather than lose its end to an ellipsis; the row grows.
 * When every visit is with the specialist the sheet already names above, the "With" column would
 * only repeat that name on every row: it is left out and the purpose gets its width.
 */
import { COLOR, SIZE } from '../kit/theme';
import { weekdayDate } from './format';
import type { Lines, TextStyle } from '../kit/print-layout';
import type { CardCtx } from './types';

const ROW_H = 20;
/**
 * Column shares: date, time, visit (the longest text), and with whom when the visits differ. Four
 * columns print half a point smaller, so the longest date ("Wed 22 September 2027") and a
 * clinician with a title ("Dr. Ana Kovač, Podiatrist") still take one line each.
 */
const WITH_CLINICIAN = { shares: [0.27, 0.09, 0.37, 0.27], size: SIZE.body - 1 };
const WITHOUT_CLINICIAN = { shares: [0.3, 0.11, 0.59], size: SIZE.body - 0.5 };
const MAX_LINES = 2;
const PAD = 4;

export function drawVisitTable(c: CardCtx): void {
  const { l, t, input } = c;
  const { frame, doc } = l;
  const head = l.lines(t.nextVisits, frame.width, { font: 'bold', size: SIZE.h2, color: COLOR.accent });
  l.ensure(head.height + 6 + ROW_H * 2);
  l.tag('H2', () => l.draw(head, frame.left, l.y));
  l.y += head.height + 6;
  if (input.visits.length === 0) {
    l.y += l.paragraph(t.noVisits, frame.left, l.y, frame.width, { size: SIZE.body });
    return;
  }
  const who = input.visits.map((v) =>
    v.clinician ? [v.clinician.name, v.clinician.title].filter(Boolean).join(', ') : '',
  );
  const named = input.clinician ? [input.clinician.name, input.clinician.title].filter(Boolean).join(', ') : '';
  const withColumn = who.some((name) => name !== named);
  const { shares, size } = withColumn ? WITH_CLINICIAN : WITHOUT_CLINICIAN;
  const xs = columnXs(frame.left, frame.width, shares);
  const widths = shares.map((share) => share * frame.width - 2 * PAD);
  const headers = [t.table.date, t.table.time, t.table.visit, ...(withColumn ? [t.table.with] : [])];
  const table = l.group('Table');
  const headerRow = () => {
    const tr = l.group('TR', table);
    headers.forEach((text, i) => {
      const style = { font: 'semibold' as const, size: SIZE.small, color: COLOR.soft };
      const cell = l.lines(l.fit(text, widths[i]!, style), widths[i]!, style);
      const y = l.y + ROW_H - cell.lead - 2;
      l.tag('TH', () => l.draw(cell, xs[i]! + PAD, y), {}, tr);
    });
    tr.end();
    const lineY = l.y + ROW_H;
    l.artifact(() => doc.moveTo(frame.left, lineY).lineTo(frame.right, lineY).lineWidth(0.8).stroke(COLOR.line));
    l.y += ROW_H + 2;
  };
  headerRow();
  input.visits.forEach((v, i) => {
    const cells = [
      cell(c, weekdayDate(v.localDate, input.language), widths[0]!, { font: 'semibold', size }),
      cell(c, v.localTime, widths[1]!, { font: 'semibold', size }),
      cell(c, keepNumber(v.label), widths[2]!, { size }),
      ...(withColumn ? [cell(c, who[i]!, widths[3]!, { size })] : []),
    ];
    const height = ROW_H + Math.max(...cells.map((k) => k.height - k.lead), 0);
    if (l.ensure(height)) headerRow();
    const top = l.y;
    if (i % 2 === 1) l.artifact(() => doc.rect(frame.left, top, frame.width, height).fill(COLOR.zebra));
    const tr = l.group('TR', table);
    cells.forEach((lines, k) => {
      const y = top + (height - lines.height) / 2;
      l.tag('TD', () => l.draw(lines, xs[k]! + PAD, y), {}, tr);
    });
    tr.end();
    l.y += height;
  });
  table.end();
}

/** "after course 1" never leaves the "1" alone on the next line: it is bound to its word. */
function keepNumber(label: string): string {
  return label.replace(/ (\S{1,2})$/u, '\u00a0$1');
}

/** A cell's text wrapped to at most two lines, the second cut with "…" if even that is short. */
function cell(c: CardCtx, text: string, width: number, style: TextStyle): Lines {
  const { l } = c;
  const wrapped = l.lines(text, width, style);
  if (wrapped.lines.length <= MAX_LINES) return wrapped;
  const [first, ...rest] = wrapped.lines;
  return l.lines(`${first}\n${l.fit(rest.join(' '), width, style)}`, width, style);
}

function columnXs(left: number, width: number, shares: readonly number[]): number[] {
  const xs: number[] = [];
  let x = left;
  for (const share of shares) {
    xs.push(x);
    x += share * width;
  }
  return xs;
}
