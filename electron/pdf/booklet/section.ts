/* The opening of every §5 section: its title and one-line intro, kept with what follows. */
import type { SectionId } from '../../../shared/plan';
import { heading, paragraph, together } from './blocks';
import type { Ctx } from './context';
import type { Block } from './layout';
import { COLOR, SIZE } from './theme';

/**
 * `newPage` starts the section on a fresh page; `minSpace` (a share of the page) starts one only
 * when less than that is left, so short sections share a page without opening at its foot.
 * `intro` replaces the section's usual intro where the booklet has no home routine to speak of.
 */
export function sectionHead(
  ctx: Ctx,
  id: SectionId,
  o: { newPage?: boolean; minSpace?: number; title?: string; intro?: string } = {},
): Block {
  const { l, t } = ctx;
  const text = t.sections[id];
  const head = together(
    [
      heading(l, o.title ?? text.title, 1),
      paragraph(l, o.intro ?? text.intro, { size: SIZE.lead, color: COLOR.soft, space: 2 }),
    ],
    { keepWithNext: true, space: 22 },
  );
  const needsSpace = (o.minSpace ?? 0) * (l.frame.bottom - l.frame.top);
  return { ...head, pageBreakBefore: o.newPage ?? false, needsSpace, draw: (y) => head.draw(y) };
}

/** Starts the section's structure element, then lays its blocks out. */
export function flowSection(ctx: Ctx, id: SectionId, blocks: readonly Block[]): void {
  ctx.l.beginSection(ctx.t.sections[id].title);
  ctx.l.flow(blocks);
  ctx.l.endSection();
}
