/*
 * §5 item 3, "Understanding valgus foot": what it looks like (Fig. 1), what is normal at each
 * age, what the plan is for (only where there is a home routine) and honest expectations. The
 * words follow what the specialist recorded: a rigid foot is never called flexible. A booklet
 * that names no clinician has no "From your specialist" section: the clinic's notes and the next
 * visit open this one instead (the cover says to see a specialist first).
 */
import { bullets, heading, paragraph } from './blocks';
import { textBox } from './box';
import { columnBeside, withPicture } from './column';
import type { Ctx } from './context';
import { valgusFigure, valgusFigureHeight } from './figures/valgus';
import { nextAppointmentLine, olderChildNote } from './from-specialist';
import type { Block } from './layout';
import { sectionHead } from './section';
import { wording } from './wording';

/** What a booklet without a named clinician prints here (its cover says to see a specialist first). */
function withoutClinician(ctx: Ctx): Block[] {
  const { l, t, plan, req } = ctx;
  const blocks: Block[] = [];
  if (plan.specialistNotes)
    blocks.push(
      textBox(l, {
        label: t.fromSpecialist.clinicNotes,
        text: plan.specialistNotes,
        borderWidth: 1.6,
        space: 14,
        labelTag: 'H2',
      }),
    );
  if (req.nextAppointment) blocks.push(paragraph(l, nextAppointmentLine(ctx), { font: 'semibold', space: 14 }));
  const older = olderChildNote(ctx);
  if (older) blocks.push(paragraph(l, older, { space: 8 }));
  return blocks;
}

export function understandingBlocks(ctx: Ctx): Block[] {
  const { l, t } = ctx;
  const u = t.understanding;
  const w = wording(ctx);
  const pictureW = Math.round(l.frame.width * 0.46);
  const column = columnBeside(l, pictureW, 'right');
  for (const sentence of u.looksLike) column.text(sentence, { bullet: true, space: 3 });
  // Flexible or rigid, as the specialist recorded: full width under the figure, where it reads as
  // the point of the page (and a rigid foot is never called flexible). Nothing without a name.
  const flexibility =
    w.flexibility !== 'rigid'
      ? paragraph(l, u.flexible, { space: 8 })
      : w.named
        ? paragraph(l, u.rigid, { font: 'semibold', space: 8 })
        : null;
  const blocks: Block[] = [
    sectionHead(ctx, 'understanding', { newPage: true }),
    ...(w.named ? [] : withoutClinician(ctx)),
    withPicture(l, column, {
      width: pictureW,
      height: Math.max(valgusFigureHeight(pictureW), column.height),
      alt: u.looksLike[1] ?? t.sections.understanding.title,
      draw: (box) => valgusFigure(l, box, u.figure),
    }),
    ...(flexibility ? [flexibility] : []),
    heading(l, u.normalByAge.heading, 2),
    ...bullets(l, [u.normalByAge.under3, u.normalByAge.age3to6, u.normalByAge.age7to10, u.normalByAge.knockKnees]),
  ];
  if (w.program) blocks.push(heading(l, u.aims.heading, 2), paragraph(l, u.aims.text.join(' ')));
  const expect = w.program ? u.expectations.program : w.named ? u.expectations.care : u.expectations.general;
  blocks.push(heading(l, u.expectations.heading, 2), paragraph(l, expect.join(' ')));
  return blocks;
}
