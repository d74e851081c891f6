/*
 * §5 item 16, "About this booklet": what the booklet is (a step-by-step routine only where it has
 * one), the disclaimer, sources, the date it was made and the plan and text versions, so a
 * reprint can be matched to what the parents were given.
 */
import { CONTENT_VERSION } from '../../../shared/content';
import { heading, paragraph, together } from './blocks';
import { type Ctx, f } from './context';
import { formatDate } from './format';
import { quotedLanguage } from './lang';
import type { Block } from './layout';
import { sectionHead } from './section';
import { COLOR, SIZE } from './theme';
import { wording } from './wording';

export function aboutBlocks(ctx: Ctx): Block[] {
  const { l, t, plan, req } = ctx;
  const a = t.about;
  const w = wording(ctx);
  const purpose = w.program ? a.purpose.program : w.named ? a.purpose.care : a.purpose.general;
  // Small enough to keep on one page: the last page should not hold a single stray line.
  const body = together([
    paragraph(l, [purpose, ...a.disclaimer].join(' ')),
    heading(l, a.referencesHeading, 2),
    ...a.references.map((r, i) =>
      paragraph(l, r, {
        size: SIZE.small,
        color: COLOR.soft,
        space: i === 0 ? 4 : 2,
        lang: quotedLanguage(r, ctx.lang),
      }),
    ),
    paragraph(
      l,
      [
        f(a.generatedOn, { date: formatDate(req.generatedAt, ctx.lang) }),
        f(a.planVersion, { version: plan.engineVersion }),
        f(a.contentVersion, { version: CONTENT_VERSION }),
      ].join('   ·   '),
      { size: SIZE.small, color: COLOR.soft, space: 14 },
    ),
  ]);
  return [sectionHead(ctx, 'about', { minSpace: 0.4 }), body];
}
