/*
 * §5 item 4, "Safety first": the §3.8 rules no setting can remove, grouped as the texts define
 * (when to skip, when to stop, never, bath, small objects), each group with its icon. The plan's
 * emphasis (strapping prescribed, a child under 3, the bath in the routine) tints that group.
 */
import type { SafetyRule, SafetyRuleId } from '../../../shared/plan';
import { textBox } from './box';
import { columnBeside, withPicture } from './column';
import type { Ctx } from './context';
import { safetyIcon, type SafetyIcon } from './figures/icons';
import type { Block, Layout } from './layout';
import { sectionHead } from './section';
import { COLOR, SIZE } from './theme';

const ICON = 40;

const GROUPS: readonly { key: SafetyIcon; rules: readonly (SafetyRuleId | 'tightSocks')[] }[] = [
  { key: 'notToday', rules: ['no_session_when_ill'] },
  { key: 'stop', rules: ['stop_if_pain'] },
  { key: 'never', rules: ['no_spine', 'no_knee', 'no_self_strapping', 'tightSocks'] },
  { key: 'bath', rules: ['bath_temperature'] },
  { key: 'smallObjects', rules: ['small_objects_under_3'] },
];

/** Draws a tinted panel behind a block: the group the plan emphasises. */
function tinted(l: Layout, block: Block): Block {
  const pad = 6;
  return {
    ...block,
    height: block.height + 2 * pad,
    minStart: block.minStart + 2 * pad,
    draw: (y) => {
      l.artifact(() =>
        l.doc.roundedRect(l.frame.left - pad, y, l.frame.width + 2 * pad, block.height + 2 * pad, 6).fill(COLOR.tint),
      );
      block.draw(y + pad);
    },
  };
}

export function safetyBlocks(ctx: Ctx): Block[] {
  const { l, t, plan } = ctx;
  const s = t.safety;
  const rules = new Map<SafetyRuleId, SafetyRule>(plan.safetyRules.map((r) => [r.id, r]));
  const blocks: Block[] = [sectionHead(ctx, 'safety', { newPage: true })];
  for (const group of GROUPS) {
    const present = group.rules.filter((id) => id === 'tightSocks' || rules.has(id));
    if (present.length === 0) continue;
    const emphasis = present.some((id) => id !== 'tightSocks' && rules.get(id)?.emphasis);
    const column = columnBeside(l, ICON, 'left', 14);
    column.text(s.groups[group.key], { font: 'bold', size: SIZE.h3, color: COLOR.accent, tag: 'H2', space: 0 });
    for (const id of present) {
      column.text(id === 'tightSocks' ? s.tightSocks : s.rules[id], { bullet: present.length > 1, space: 3 });
      if (id === 'no_self_strapping' && rules.get(id)?.emphasis === 'strapping_prescribed') {
        column.text(s.strappingPrescribed, { font: 'semibold', space: 3 });
        column.text(s.strappingCirculation, { font: 'semibold', space: 3 });
      }
    }
    const row = withPicture(
      l,
      column,
      {
        width: ICON,
        height: ICON,
        alt: s.groups[group.key],
        draw: (b) =>
          l.drawing(`safety:${group.key}`, b, (o) =>
            safetyIcon(l.doc, group.key, o.x + ICON / 2, o.y + ICON / 2, ICON / 2),
          ),
      },
      { space: 14 },
    );
    blocks.push(emphasis ? tinted(l, row) : row);
  }
  if (rules.has('red_flags_page'))
    blocks.push(textBox(l, { text: s.rules.red_flags_page, font: 'semibold', borderWidth: 1.6, space: 16 }));
  return blocks;
}
