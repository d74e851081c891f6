/*
 * §5 item 3, "Understanding valgus foot": what it looks like (Fig. 1), what is normal at each
 * age, what the plan is for (only where there is a home routine) and honest expectations.
 */
import { bullets, heading, paragraph } from './blocks';
import { columnBeside, withPicture } from './column';
import type { Ctx } from './context';
import { valgusFigure } from './figures/valgus';
import type { Block } from './layout';
import { sectionHead } from './section';

export function understandingBlocks(ctx: Ctx): Block[] {
  const { l, t, plan } = ctx;
  const u = t.understanding;
  const pictureW = Math.round(l.frame.width * 0.42);
  const column = columnBeside(l, pictureW, 'right');
  for (const sentence of u.looksLike) column.text(sentence, { bullet: true, space: 3 });
  const blocks: Block[] = [
    sectionHead(ctx, 'understanding', { newPage: true }),
    withPicture(l, column, {
      width: pictureW,
      height: Math.round(pictureW * 0.56),
      alt: u.looksLike[1] ?? t.sections.understanding.title,
      draw: (box) => l.drawing('valgus', box, (b) => valgusFigure(l.doc, b)),
    }),
    heading(l, u.normalByAge.heading, 2),
    ...bullets(l, [u.normalByAge.under3, u.normalByAge.age3to6, u.normalByAge.age7to10, u.normalByAge.knockKnees]),
  ];
  if (plan.edition.program) blocks.push(heading(l, u.aims.heading, 2), paragraph(l, u.aims.text.join(' ')));
  blocks.push(heading(l, u.expectations.heading, 2), paragraph(l, u.expectations.text.join(' ')));
  return blocks;
}
