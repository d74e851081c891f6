/*
 * §5 item 4, "Safety first": the §3.8 rules no setting can remove, grouped as the texts define
 * (when to skip, when to stop, never, bath, small objects), each group with its icon. The plan's
 * emphasis (strapping prescribed, a child under 3, the bath in the routine) tints that group.
 * The circulation warning always follows the strapping rule (families sometimes bandage on their
 * own); prescribed strapping adds the specialist's note, verbatim. A booklet without a home
 * routine words the rules that speak of sessions, "monkey feet" or the planned bath for any care
 * at home instead.
 */
import type { SafetyTexts } from '../../../shared/content';
import type { SafetyRule, SafetyRuleId } from '../../../shared/plan';
import { textBox } from './box';
import { columnBeside, withPicture } from './column';
import type { Ctx } from './context';
import { safetyIcon, type SafetyIcon } from './figures/icons';
import type { Block, Layout } from './layout';
import { sectionHead } from './section';
import { COLOR, SIZE } from './theme';
import { wording } from './wording';

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

type NoProgramRule = Exclude<keyof SafetyTexts['noProgram'], 'intro' | 'notToday'>;
const NO_PROGRAM_RULES: readonly NoProgramRule[] = ['no_session_when_ill', 'bath_temperature', 'small_objects_under_3'];

/** A rule's words: those for any care at home where the booklet has no routine to refer to. */
function ruleText(s: SafetyTexts, id: SafetyRuleId | 'tightSocks', program: boolean): string {
  if (id === 'tightSocks') return s.tightSocks;
  const noProgram = NO_PROGRAM_RULES.find((r) => r === id);
  return !program && noProgram ? s.noProgram[noProgram] : s.rules[id];
}

export function safetyBlocks(ctx: Ctx): Block[] {
  const { l, t, plan } = ctx;
  const s = t.safety;
  const w = wording(ctx);
  const rules = new Map<SafetyRuleId, SafetyRule>(plan.safetyRules.map((r) => [r.id, r]));
  const intro = w.program ? undefined : s.noProgram.intro;
  const blocks: Block[] = [sectionHead(ctx, 'safety', { newPage: true, ...(intro ? { intro } : {}) })];
  // Only a named specialist can have prescribed strapping; the warning itself is for everyone.
  const strapping = w.named && rules.get('no_self_strapping')?.emphasis === 'strapping_prescribed';
  const note = plan.prescribed.strappingNote?.trim() ?? '';
  for (const group of GROUPS) {
    const present = group.rules.filter((id) => id === 'tightSocks' || rules.has(id));
    if (present.length === 0) continue;
    const emphasis = present.some(
      (id) => id !== 'tightSocks' && rules.get(id)?.emphasis && (id !== 'no_self_strapping' || strapping),
    );
    const title = group.key === 'notToday' && !w.program ? s.noProgram.notToday : s.groups[group.key];
    const column = columnBeside(l, ICON, 'left', 14);
    column.text(title, { font: 'bold', size: SIZE.h3, color: COLOR.accent, tag: 'H2', space: 0 });
    for (const id of present) {
      column.text(ruleText(s, id, w.program), { bullet: present.length > 1, space: 3 });
      if (id !== 'no_self_strapping') continue;
      if (strapping && note) {
        column.text(s.strappingPrescribed.withNote, { font: 'semibold', space: 3 });
        column.text(note, { space: 3 });
      } else if (strapping) column.text(s.strappingPrescribed.withoutNote, { font: 'semibold', space: 3 });
      column.text(s.strappingCirculation, { font: 'semibold', space: 3 });
    }
    const row = withPicture(
      l,
      column,
      {
        width: ICON,
        height: ICON,
        alt: title,
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
