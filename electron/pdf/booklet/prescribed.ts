/* What the specialist prescribed (§5 items 2 and 13): printed only when prescribed. */
import type { Ctx } from './context';

/** One line per prescribed device; clinic treatments as one line after their intro. */
export function prescribedLines(ctx: Ctx): string[] {
  const p = ctx.plan.prescribed;
  const tx = ctx.t.everydayLife.prescribed;
  const lines: string[] = [];
  if (p.orthoses !== 'none') lines.push(tx.orthoses[p.orthoses]);
  if (p.shoes !== 'none') lines.push(tx.shoes[p.shoes]);
  if (p.clinicPhysio.length > 0)
    lines.push(`${tx.clinicIntro} ${p.clinicPhysio.map((c) => tx.clinicPhysio[c]).join(', ')}. ${tx.clinicOnly}`);
  return lines;
}
