/*
 * §5 item 5, "When to contact your doctor": every warning sign of §2.4 with its icon (Fig. 18),
 * always printed, on its own page so it can be pinned up, with the number to call. The sign after
 * wrapping or strapping (item 8) is always there too: families sometimes bandage on their own.
 */
import { RED_FLAGS } from '../../../shared/contract/assessments';
import { textBox } from './box';
import { columnBeside, withPicture } from './column';
import { clinicPhone, type Ctx, f } from './context';
import { warningIcon, type WarningIcon } from './figures/icons';
import type { Block } from './layout';
import { sectionHead } from './section';
import { COLOR, SIZE } from './theme';

const ICON = 36;

export function redFlagBlocks(ctx: Ctx): Block[] {
  const { l, t } = ctx;
  const r = t.redFlags;
  const items: [WarningIcon, { heading: string; text: string }][] = RED_FLAGS.map((id) => [id, r.items[id]]);
  items.push(['strapping', r.afterStrapping]);
  const blocks: Block[] = [sectionHead(ctx, 'red_flags', { newPage: true })];
  for (const [id, item] of items) {
    const column = columnBeside(l, ICON, 'left', 14);
    column.text(item.heading, { font: 'bold', size: SIZE.body, color: COLOR.accent, tag: 'H2', space: 0 });
    column.text(item.text, { space: 1 });
    blocks.push(
      withPicture(
        l,
        column,
        {
          width: ICON,
          height: ICON,
          alt: item.heading,
          draw: (b) =>
            l.drawing(`warning:${id}`, b, (o) => warningIcon(l.doc, id, o.x + ICON / 2, o.y + ICON / 2, ICON / 2)),
        },
        { space: 10 },
      ),
    );
  }
  const phone = clinicPhone(ctx);
  blocks.push(
    textBox(l, {
      text: phone ? f(r.contact, { phone }) : r.reminderNoPhone,
      font: 'semibold',
      size: SIZE.h3,
      borderWidth: 2,
      space: 16,
    }),
  );
  return blocks;
}
