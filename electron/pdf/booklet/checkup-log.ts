/*
 * §5 item 15, the check-up log: a box per visit to write in (date, what the specialist said,
 * changes to the plan, questions). A booklet with only the next few calendars is replaced at the
 * next check-up: one box, for that visit; one with every calendar left gets a box per check-up
 * ahead, and at least three (calendar-window.ts).
 */
import { fixed, label } from './blocks';
import { checkupLogBoxes } from './calendar-window';
import { type Ctx, f } from './context';
import type { Block } from './layout';
import { sectionHead } from './section';
import { COLOR, SIZE } from './theme';

const LINE = 19;

export function checkupLogBlocks(ctx: Ctx): Block[] {
  const { l, t } = ctx;
  const c = t.checkupLog;
  // One box for the next check-up when the next booklet comes there, else one per check-up ahead.
  const visits = checkupLogBoxes(ctx);
  const fields = [c.specialistSaid, c.changes, c.questions];
  const height = 26 + fields.length * (14 + 2 * LINE) + 6;
  const blocks: Block[] = [sectionHead(ctx, 'checkup_log', { newPage: true })];
  for (let n = 1; n <= visits; n++) {
    blocks.push(
      fixed(
        height,
        (y) => {
          const { left, width } = l.frame;
          l.artifact(() => l.doc.roundedRect(left, y, width, height, 6).lineWidth(1).stroke(COLOR.accent));
          l.tag('H2', () =>
            label(l, f(c.visit, { n }), left + 10, y + 7, { font: 'bold', size: SIZE.body, color: COLOR.accent }),
          );
          const dateX = left + width * 0.45;
          l.tag('P', () => label(l, `${c.date}:`, dateX, y + 8, { size: SIZE.small, font: 'semibold' }));
          const lineX = dateX + l.metrics.width(`${c.date}:`, { font: 'semibold', size: SIZE.small }) + 6;
          l.artifact(() =>
            l.doc
              .moveTo(lineX, y + 20)
              .lineTo(left + width - 10, y + 20)
              .lineWidth(0.6)
              .stroke(COLOR.line),
          );
          let fy = y + 26;
          for (const field of fields) {
            l.tag('P', () => label(l, field, left + 10, fy, { size: SIZE.small, font: 'semibold', color: COLOR.soft }));
            l.artifact(() => {
              for (let i = 1; i <= 2; i++)
                l.doc
                  .moveTo(left + 10, fy + 12 + i * LINE)
                  .lineTo(left + width - 10, fy + 12 + i * LINE)
                  .lineWidth(0.5)
                  .stroke(COLOR.grey);
            });
            fy += 14 + 2 * LINE;
          }
        },
        { space: 12 },
      ),
    );
  }
  return blocks;
}
