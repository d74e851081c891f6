/*
 * §5 item 1, the cover: the clinic letterhead (the only page with a header), the child's plan
 * title, the edition's line, start date and who prepared it. No diagnosis and no weight here; a
 * booklet with a home routine says so, whatever its edition; one that names no clinician says to
 * see a specialist before any home massage.
 */
import type { BookletTexts } from '../../../shared/content';
import type { Plan } from '../../../shared/plan';
import { drawLines, heightOf, linesOf } from './blocks';
import { type Ctx, f } from './context';
import { footprints } from './figures/feet';
import { formatDate, fullName } from './format';
import { seeSpecialistBox } from './from-specialist';
import { COLOR, SIZE } from './theme';
import { wording } from './wording';

const LOGO = { w: 110, h: 52 };

/**
 * The edition's cover texts: a toddler's information booklet has its own, and a confirmed home
 * routine under specialist care says so, as the full edition does. The PDF's Subject uses it too.
 */
export function editionTextOf(t: BookletTexts, plan: Plan) {
  if (plan.notes.some((n) => n.code === 'normal_at_this_age')) return t.editions.information.toddler;
  if (plan.edition.kind === 'specialist_care' && plan.edition.program) return t.editions.specialist_care.supportive;
  return t.editions[plan.edition.kind];
}

export function drawCover(ctx: Ctx): void {
  const { l, t, plan, req } = ctx;
  const { frame, doc } = l;
  l.beginSection(f(t.sections.cover.title, { name: plan.child.firstName }));
  let y = frame.top;

  // Letterhead: logo at the left, name, address and phone beside it.
  const clinic = req.clinic;
  let textX = frame.left;
  if (clinic.logoPng) {
    l.tag('Figure', () => doc.image(clinic.logoPng!, frame.left, y, { fit: [LOGO.w, LOGO.h] }), {
      alt: clinic.name || t.cover.logo,
    });
    textX += LOGO.w + 14;
  }
  const headW = frame.right - textX;
  const headLines = [
    clinic.name && linesOf(l, clinic.name, headW, { font: 'bold', size: SIZE.h3, color: COLOR.accent }),
    clinic.address && linesOf(l, clinic.address, headW, { size: SIZE.small, color: COLOR.soft }),
    clinic.phone && linesOf(l, clinic.phone, headW, { font: 'semibold', size: SIZE.small, color: COLOR.soft }),
  ].filter((x) => x !== '' && x !== undefined);
  let hy = y;
  for (const lines of headLines) {
    l.tag('P', () => drawLines(l, lines, textX, hy));
    hy += heightOf(lines);
  }
  // The rule closes the letterhead; a clinic that set none gets neither.
  if (headLines.length > 0 || clinic.logoPng) {
    y = Math.max(hy, clinic.logoPng ? y + LOGO.h : y) + 10;
    l.artifact(() => doc.moveTo(frame.left, y).lineTo(frame.right, y).lineWidth(1.5).stroke(COLOR.accent));
    y += 24;
  }

  // The art, then the title block under it.
  const artH = Math.min(230, (frame.bottom - frame.top) * 0.34);
  l.artifact(() =>
    l.drawing('cover:footprints', { x: frame.left, y, w: frame.width, h: artH }, (b) => footprints(doc, b)),
  );
  y += artH + 22;

  const editionText = editionTextOf(t, plan);
  const title = linesOf(l, f(t.sections.cover.title, { name: plan.child.firstName }), frame.width, {
    font: 'bold',
    size: SIZE.cover,
    color: COLOR.accent,
  });
  l.tag('H1', () => drawLines(l, title, frame.left, y));
  y += heightOf(title) + 2;
  const name = linesOf(l, fullName(plan.child, ctx.lang), frame.width, { font: 'semibold', size: SIZE.h3 });
  l.tag('P', () => drawLines(l, name, frame.left, y));
  y += heightOf(name) + 8;
  const line = linesOf(l, editionText.coverLine, frame.width, { font: 'semibold', size: SIZE.lead, color: COLOR.soft });
  l.tag('P', () => drawLines(l, line, frame.left, y));
  y += heightOf(line) + 10;

  const facts: string[] = [];
  if (plan.settings) facts.push(f(t.cover.startDate, { date: formatDate(plan.settings.startDate, ctx.lang) }));
  if (plan.clinician && plan.clinician.name)
    facts.push(
      f(t.cover.preparedBy, { title: plan.clinician.title, clinician: plan.clinician.name })
        .replace(/\s+/g, ' ')
        .trim(),
    );
  for (const fact of facts) {
    const lines = linesOf(l, fact, frame.width, { size: SIZE.body });
    l.tag('P', () => drawLines(l, lines, frame.left, y));
    y += heightOf(lines);
  }
  y += 12;

  // What this booklet is: a tinted panel under the facts.
  const explanation = linesOf(l, editionText.explanation.join(' '), frame.width - 24, { size: SIZE.body });
  const panelH = heightOf(explanation) + 20;
  l.artifact(() => doc.roundedRect(frame.left, y, frame.width, panelH, 6).fill(COLOR.tint));
  l.tag('P', () => drawLines(l, explanation, frame.left + 12, y + 10));
  y += panelH + 12;

  // No clinician named (G1): "see a specialist first" is the first thing the family reads.
  if (!wording(ctx).named) {
    const box = seeSpecialistBox(ctx);
    box.draw(y);
    y += box.height + 12;
  }

  // "Keep this booklet where you can see it": at the foot of the page.
  const keep = linesOf(l, t.sections.cover.intro, frame.width - 30, {
    font: 'italic',
    size: SIZE.body,
    color: COLOR.soft,
  });
  const keepY = Math.max(y, frame.bottom - heightOf(keep));
  l.artifact(() => {
    doc.circle(frame.left + 8, keepY + 8, 7).fill(COLOR.accent);
    doc.circle(frame.left + 8, keepY + 8, 2.5).fill(COLOR.white);
  });
  l.tag('P', () => drawLines(l, keep, frame.left + 26, keepY));
  l.y = frame.bottom;
  l.endSection();
}
