/*
 * §5 item 2, "From your specialist": the diagnosis as entered (side, degree, method, measured
 * values), the clinician's notes verbatim in a framed box, the next appointment, contact
 * details and anything prescribed. Free text is never read for meaning (§3.7), only printed.
 * Only a booklet that names its clinician has this section: without one (G1) nothing is
 * attributed to a specialist: the "see a specialist first" box goes on the cover (cover.ts), the
 * clinic's notes and the next appointment open "Understanding" (understanding.ts).
 */
import type { FootSummary } from '../../../shared/plan';
import { bullets, fixed, heading, label, paragraph } from './blocks';
import { textBox } from './box';
import { contactPhone, type Ctx, f, noteOf } from './context';
import { drawSole } from './figures/feet';
import { noSign } from './figures/marks';
import { Pen } from './figures/pen';
import { formatVisit } from './format';
import type { Block } from './layout';
import { prescribedLines } from './prescribed';
import { sectionHead } from './section';
import { COLOR, SIZE } from './theme';
import { wording } from './wording';

function footLines(ctx: Ctx, side: 'left' | 'right', foot: FootSummary): string[] {
  const { diagnosis } = ctx.t;
  const degree = foot.degree > 0 ? f(diagnosis.degree, { n: foot.degree }) : diagnosis.degreeNone;
  const sideName = ctx.t.sides[side];
  const lines = [
    foot.method
      ? f(diagnosis.footLine, { side: sideName, degree, method: diagnosis.methods[foot.method] })
      : f(diagnosis.footLineNoMethod, { side: sideName, degree }),
  ];
  if (foot.flexible !== 'unknown' && foot.degree > 0) lines.push(diagnosis.flexibility[foot.flexible]);
  if (foot.heelAngle !== null) lines.push(f(diagnosis.heelAngle, { angle: foot.heelAngle }));
  return lines;
}

/** Two cards side by side, one per foot, the affected foot drawn in the accent colour. */
function feetCards(ctx: Ctx): Block {
  const { l } = ctx;
  const d = ctx.plan.diagnosis!;
  const gutter = 14;
  const cardW = (l.frame.width - gutter) / 2;
  const iconW = 34;
  const textW = cardW - iconW - 24;
  const cards = (['left', 'right'] as const).map((side) => ({
    side,
    lines: footLines(ctx, side, d[side]).flatMap((s, i) =>
      l.metrics
        .wrap(s, { font: i === 0 ? 'semibold' : 'regular', size: SIZE.body }, textW)
        .map((line) => ({ line, i })),
    ),
  }));
  const lead = SIZE.body * 1.362;
  const height = Math.max(74, ...cards.map((c) => c.lines.length * lead + 20));
  return fixed(height, (y) => {
    cards.forEach((card, k) => {
      // Cards read left foot, right foot, as the parent faces the child's back (like the figures).
      const x = l.frame.left + k * (cardW + gutter);
      const affected = d[card.side].degree > 0;
      l.artifact(() => {
        l.doc
          .roundedRect(x, y, cardW, height, 6)
          .lineWidth(1)
          .fillAndStroke(COLOR.tint, affected ? COLOR.accent : COLOR.line);
        l.drawing(`card-sole:${card.side}:${affected}`, { x: x + 8, y: y + 8, w: iconW, h: height - 16 }, (b) =>
          drawSole(
            new Pen(l.doc, b, { w: 60, h: 130 }, card.side === 'right'),
            affected ? COLOR.accentMid : COLOR.white,
            affected ? COLOR.accent : COLOR.line,
          ),
        );
      });
      l.tag('P', () =>
        card.lines.forEach(({ line, i }, n) =>
          label(l, line, x + iconW + 16, y + 10 + n * lead, {
            size: SIZE.body,
            font: i === 0 ? 'semibold' : 'regular',
          }),
        ),
      );
    });
  });
}

/** The framed "see a specialist first" box of a booklet that names no clinician (G1). */
export function seeSpecialistBox(ctx: Ctx): Block {
  const { l, t } = ctx;
  return textBox(l, {
    text: t.editions.information.seeSpecialist,
    font: 'semibold',
    borderWidth: 2,
    icon: (cx, cy) =>
      l.drawing('no-sign', { x: cx - 10, y: cy - 10, w: 20, h: 20 }, (b) => noSign(l.doc, b.x + 10, b.y + 10, 9)),
  });
}

/** The next booked visit, or that one is to be booked. */
export function nextAppointmentLine(ctx: Ctx): string {
  const { t, req } = ctx;
  return req.nextAppointment
    ? f(t.fromSpecialist.nextAppointment, { date: formatVisit(req.nextAppointment, ctx.lang) })
    : t.fromSpecialist.nextAppointmentNone;
}

/** The paragraph for a child over 10: about "this routine" only where there is one. */
export function olderChildNote(ctx: Ctx): string | null {
  if (!noteOf(ctx, 'older_child')) return null;
  return ctx.plan.edition.program ? ctx.t.notes.olderChild : ctx.t.notes.olderChildNoProgram;
}

/** The section's blocks; none when no clinician is named (the section is then left out). */
export function fromSpecialistBlocks(ctx: Ctx): Block[] {
  const { l, t, plan } = ctx;
  const w = wording(ctx);
  if (!w.named) return [];
  const blocks: Block[] = [sectionHead(ctx, 'from_specialist', { newPage: true })];
  if (plan.edition.kind === 'information')
    blocks.push(textBox(l, { text: t.editions.information.noHomeRoutine, font: 'semibold', borderWidth: 2 }));
  if (plan.edition.kind === 'specialist_care' && !plan.edition.program)
    blocks.push(textBox(l, { text: t.editions.specialist_care.notMainTreatment, font: 'semibold', borderWidth: 2 }));

  if (plan.diagnosis) {
    blocks.push(heading(l, t.diagnosis.heading, 2));
    blocks.push(paragraph(l, t.diagnosis.condition[w.flexibility], { font: 'semibold', space: 2 }));
    blocks.push({ ...feetCards(ctx), space: 8 });
  }
  for (const note of [noteOf(ctx, 'one_sided') && t.notes.oneSided, olderChildNote(ctx)])
    if (note) blocks.push(paragraph(l, note, { space: 8 }));

  if (plan.specialistNotes) {
    const who = f(t.fromSpecialist.notesBox, { title: plan.clinician!.title, name: plan.clinician!.name })
      .replace(/\s+/g, ' ')
      .trim();
    // Records the page the box starts on: the calendar pages send a parent there for the whole note.
    const marker = {
      height: 0,
      space: 0,
      minStart: 0,
      keepWithNext: true,
      draw: () => {
        const range = l.doc.bufferedPageRange();
        ctx.notesPage = range.start + range.count;
      },
    };
    blocks.push(marker);
    blocks.push(textBox(l, { label: who, text: plan.specialistNotes, borderWidth: 1.6, space: 14, labelTag: 'H2' }));
  }

  blocks.push(paragraph(l, nextAppointmentLine(ctx), { font: 'semibold', space: 14 }));
  const phone = contactPhone(ctx);
  if (phone) blocks.push(paragraph(l, f(t.fromSpecialist.contact, { phone }), { space: 2 }));

  const prescribed = prescribedLines(ctx);
  if (prescribed.length > 0) {
    blocks.push(heading(l, t.everydayLife.prescribed.heading, 2));
    blocks.push(...bullets(l, prescribed));
  }
  return blocks;
}
