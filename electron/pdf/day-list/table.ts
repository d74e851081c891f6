/*
 * One clinician's visits as a table. A row never splits across pages; on a new page the page
 * header, the clinician's heading ("continued") and the column header come again, so every sheet
 * on the desk reads on its own. The tick box is 5 mm (booklet-design.md: tick boxes at least 5 mm).
 */
import { fullName } from '../../../shared/person-name';
import type { Lines, TextStyle } from '../kit/print-layout';
import { plural } from '../kit/texts';
import { COLOR, MM, SIZE } from '../kit/theme';
import { ageText, drawPageHeader } from './header';
import type { DayCtx, DayListGroup, DayListRow } from './types';

const ROW_H = 34;
const HEAD_H = 20;
const BOX = 5 * MM;
/** Column widths as shares of the frame: time, minutes, child, main contact, visit, arrived. */
const SHARES = [0.125, 0.06, 0.29, 0.255, 0.17, 0.1];

type Col = { x: number; w: number };

function columns(c: DayCtx): Col[] {
  const { frame } = c.l;
  let x = frame.left;
  return SHARES.map((share) => {
    const col = { x, w: share * frame.width };
    x += col.w;
    return col;
  });
}

export function drawGroup(c: DayCtx, g: DayListGroup): void {
  const { l } = c;
  const cols = columns(c);
  if (!l.ensure(30 + HEAD_H + ROW_H)) l.y += 6;
  else drawPageHeader(c);
  groupHeading(c, g, false);
  const table = l.group('Table');
  headerRow(c, cols, table);
  g.rows.forEach((row, i) => {
    if (l.ensure(ROW_H)) {
      drawPageHeader(c);
      groupHeading(c, g, true);
      headerRow(c, cols, table);
    }
    drawRow(c, cols, row, i, table);
  });
  table.end();
  l.y += 10;
}

function groupHeading(c: DayCtx, g: DayListGroup, continued: boolean): void {
  const { l, t } = c;
  const { frame } = l;
  const name = [g.clinician.name, g.clinician.title].filter(Boolean).join(', ');
  const count = plural(t, t.visits, g.rows.length);
  const text = `${name} · ${count}${continued ? ` ${t.continued}` : ''}`;
  l.y +=
    l.paragraph(text, frame.left, l.y, frame.width, { font: 'bold', size: SIZE.h3, color: COLOR.accent }, 'H2') + 4;
}

function headerRow(c: DayCtx, cols: Col[], table: PDFKit.PDFStructureElement): void {
  const { l, t } = c;
  const { frame, doc } = l;
  const labels = [
    t.columns.time,
    t.columns.minutes,
    t.columns.child,
    t.columns.contact,
    t.columns.type,
    t.columns.arrived,
  ];
  const tr = l.group('TR', table);
  labels.forEach((text, i) => {
    const style = { font: 'semibold' as const, size: SIZE.min, color: COLOR.soft };
    const cell = l.lines(l.fit(text, cols[i]!.w - 6, style), cols[i]!.w - 6, style);
    l.tag('TH', () => l.draw(cell, cols[i]!.x + 3, l.y + HEAD_H - cell.lead - 2), {}, tr);
  });
  tr.end();
  const y = l.y + HEAD_H;
  l.artifact(() => doc.moveTo(frame.left, y).lineTo(frame.right, y).lineWidth(0.8).stroke(COLOR.line));
  l.y += HEAD_H;
}

function drawRow(c: DayCtx, cols: Col[], row: DayListRow, i: number, table: PDFKit.PDFStructureElement): void {
  const { l, t, input } = c;
  const { frame, doc } = l;
  const top = l.y;
  l.artifact(() => {
    if (i % 2 === 1) doc.rect(frame.left, top, frame.width, ROW_H).fill(COLOR.zebra);
    doc
      .moveTo(frame.left, top + ROW_H)
      .lineTo(frame.right, top + ROW_H)
      .lineWidth(0.4)
      .stroke(COLOR.grey);
  });
  const strong = { font: 'semibold' as const, size: SIZE.small + 0.5 };
  const plain = { size: SIZE.small + 0.5 };
  const soft = { size: SIZE.min, color: COLOR.soft };
  const cell = (k: number, ...parts: [string, TextStyle][]): Lines[] => {
    const w = cols[k]!.w - 6;
    return parts.map(([text, style]) => {
      // A long name is set a little smaller before it is cut short: names must stay whole.
      const size = Math.max(SIZE.min, Math.min(style.size, (style.size * w) / Math.max(1, l.width(text, style))));
      const fitted = { ...style, size };
      return l.lines(text ? l.fit(text, w, fitted) : '', w, fitted);
    });
  };
  const cells: Lines[][] = [
    cell(0, [`${row.start}–${row.end}`, strong]),
    cell(1, [String(row.durationMinutes), plain]),
    cell(2, [fullName(row.child, input.language), strong], [ageText(t, row.child.dateOfBirth, input.date), soft]),
    cell(3, [row.guardian?.name || '—', plain], [row.guardian?.phone ?? '', strong]),
    cell(4, [row.typeName, plain], [row.status === 'booked' ? '' : t.status[row.status], { ...soft, font: 'italic' }]),
  ];
  const tr = l.group('TR', table);
  cells.forEach((parts, k) => {
    l.tag(
      'TD',
      () => {
        let y = top + 4;
        for (const part of parts) {
          l.draw(part, cols[k]!.x + 3, y);
          y += part.height;
        }
      },
      {},
      tr,
    );
  });
  const box = cols[5]!;
  const bx = box.x + (box.w - BOX) / 2;
  const by = top + (ROW_H - BOX) / 2;
  l.tag(
    'TD',
    () => {
      doc.rect(bx, by, BOX, BOX).lineWidth(0.9).stroke(COLOR.ink);
      if (row.status === 'attended') {
        doc
          .moveTo(bx + 3, by + BOX / 2)
          .lineTo(bx + BOX * 0.42, by + BOX - 3.5)
          .lineTo(bx + BOX - 2.5, by + 3);
        doc.lineWidth(1.6).stroke(COLOR.ink);
      } else if (row.status === 'no_show') {
        doc
          .moveTo(bx + 3.5, by + BOX / 2)
          .lineTo(bx + BOX - 3.5, by + BOX / 2)
          .lineWidth(1.6)
          .stroke(COLOR.ink);
      }
    },
    { alt: row.status === 'booked' ? t.columns.arrived : t.status[row.status] },
    tr,
  );
  tr.end();
  l.y += ROW_H;
}
