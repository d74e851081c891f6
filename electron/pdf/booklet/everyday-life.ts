/*
 * §5 item 13, "Everyday life": shoes and socks, what the specialist prescribed (only if
 * prescribed, and only when a specialist is named), the weight paragraph (only with the clinician's flag, never on the cover), active
 * play in an order that puts low-impact activities first when weight is flagged, and walkers.
 */
import { bullets, heading, paragraph } from './blocks';
import { type Ctx, noteOf } from './context';
import type { Block } from './layout';
import { sectionHead } from './section';
import { COLOR } from './theme';
import { wording } from './wording';

export function everydayLifeBlocks(ctx: Ctx): Block[] {
  const { l, t, plan } = ctx;
  const e = t.everydayLife;
  const blocks: Block[] = [sectionHead(ctx, 'everyday_life', { minSpace: 0.45 })];
  blocks.push(heading(l, e.shoes.heading, 2), ...bullets(l, e.shoes.text));

  const p = plan.prescribed;
  const devices: string[] = [];
  if (noteOf(ctx, 'footwear')?.variant === 'prescribed') {
    if (p.orthoses !== 'none') devices.push(e.prescribed.orthoses[p.orthoses]);
    if (p.shoes !== 'none') devices.push(e.prescribed.shoes[p.shoes]);
  }
  const clinic = noteOf(ctx, 'clinic_treatments');
  // "What your specialist has prescribed" needs a named specialist (G1 attributes nothing to one).
  if ((devices.length > 0 || clinic) && wording(ctx).named) {
    const prominent = noteOf(ctx, 'footwear')?.prominent || clinic?.prominent;
    blocks.push(
      heading(l, e.prescribed.heading, 2),
      ...bullets(l, devices, { font: prominent ? 'semibold' : 'regular' }),
    );
    if (clinic) {
      blocks.push(paragraph(l, e.prescribed.clinicIntro, { space: 6 }));
      blocks.push(
        ...bullets(
          l,
          clinic.items.map((i) => e.prescribed.clinicPhysio[i]),
          { space: 3 },
        ),
      );
      blocks.push(paragraph(l, e.prescribed.clinicOnly, { font: 'semibold', space: 4 }));
    }
  }

  if (noteOf(ctx, 'weight_paragraph'))
    blocks.push(heading(l, e.weight.heading, 2), paragraph(l, e.weight.text.join(' ')));

  const a = e.activities;
  const bike = noteOf(ctx, 'bike');
  const cycling = bike ? [bike.variant === 'bike' ? a.cycling : a.cyclingToddler] : [];
  const lowImpactFirst = noteOf(ctx, 'low_impact_first') !== undefined;
  const activities = lowImpactFirst
    ? [...cycling, a.swimming, a.barefoot, a.playground]
    : [a.playground, a.barefoot, ...cycling, a.swimming];
  blocks.push(heading(l, a.heading, 2), paragraph(l, a.intro, { space: 2 }), ...bullets(l, activities));
  if (noteOf(ctx, 'walkers_not_recommended')) blocks.push(paragraph(l, e.walkers, { color: COLOR.soft, space: 12 }));
  return blocks;
}
