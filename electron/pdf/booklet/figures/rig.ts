/*
 * A posable child for the side-view and exercise figures (Figs. 2-3, 12-15): rounded limbs built
 * around joint points, so one drawing style serves every pose. No face, as the design asks.
 */
import { COLOR } from '../theme';
import type { Pen, Pt } from './pen';

/** Outline of a tapered limb through `pts` with a radius per point, rounded at both ends. */
export function limbOutline(pts: readonly Pt[], radii: readonly number[]): Pt[] {
  const n = pts.length;
  const left: Pt[] = [];
  const right: Pt[] = [];
  const normals: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const a = pts[Math.max(0, i - 1)]!;
    const b = pts[Math.min(n - 1, i + 1)]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const nx = -(b[1] - a[1]) / len;
    const ny = (b[0] - a[0]) / len;
    normals.push([nx, ny]);
    const [x, y] = pts[i]!;
    const r = radii[i]!;
    left.push([x + nx * r, y + ny * r]);
    right.push([x - nx * r, y - ny * r]);
  }
  const cap = (i: number, sign: 1 | -1): Pt[] => {
    const [x, y] = pts[i]!;
    const [nx, ny] = normals[i]!;
    // The limb's direction at this end (normal turned back by 90°), outward from the limb.
    const [dx, dy] = [ny * sign, -nx * sign];
    const r = radii[i]!;
    return [45, 90, 135].map((deg) => {
      const t = (deg * Math.PI) / 180;
      const c = Math.cos(t) * sign;
      return [x + r * (c * nx + Math.sin(t) * dx), y + r * (c * ny + Math.sin(t) * dy)] as Pt;
    });
  };
  return [...left, ...cap(n - 1, 1), ...right.reverse(), ...cap(0, -1)];
}

/** Extra points along each segment keep the smooth outline from bulging between far-apart joints. */
function subdivide(pts: readonly Pt[], radii: readonly number[], parts = 3): { pts: Pt[]; radii: number[] } {
  const out: Pt[] = [pts[0]!];
  const rs: number[] = [radii[0]!];
  for (let i = 1; i < pts.length; i++) {
    const [a, b] = [pts[i - 1]!, pts[i]!];
    for (let k = 1; k <= parts; k++) {
      const t = k / parts;
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
      rs.push(radii[i - 1]! + (radii[i]! - radii[i - 1]!) * t);
    }
  }
  return { pts: out, radii: rs };
}

export function limb(p: Pen, pts: readonly Pt[], radii: readonly number[], fill: string = COLOR.skin): void {
  const fine = subdivide(pts, radii);
  p.smooth(limbOutline(fine.pts, fine.radii));
  p.fillStroke(fill, COLOR.ink);
}

/** A leg from hip to ankle, then the foot as its own small shape so the ankle bend stays clean. */
function leg(p: Pen, pts: readonly Pt[], fill: string): void {
  limb(p, pts.slice(0, 3), LEG_R.slice(0, 3), fill);
  if (pts[3]) limb(p, [pts[2]!, pts[3]], [2.9, 2.5], fill);
}

export interface Pose {
  head: Pt;
  neck: Pt;
  hip: Pt;
  /** Shoulder, elbow, hand. */
  armBack: readonly Pt[];
  armFront: readonly Pt[];
  /** Hip, knee, ankle, toe. */
  legBack: readonly Pt[];
  legFront: readonly Pt[];
}

const ARM_R = [3.4, 2.9, 2.7];
const LEG_R = [5.2, 4, 2.9];

export interface ChildStyle {
  legBack?: string;
  legFront?: string;
}

/** The child in a pose, far limbs first so near limbs overlap them. */
export function child(p: Pen, pose: Pose, style: ChildStyle = {}): void {
  leg(p, pose.legBack, style.legBack ?? COLOR.skin);
  limb(p, pose.armBack, ARM_R);
  limb(p, [pose.neck, pose.hip], [8.5, 8]);
  p.circle(pose.head[0], pose.head[1], 8.5);
  p.fillStroke(COLOR.skin);
  leg(p, pose.legFront, style.legFront ?? COLOR.skin);
  limb(p, pose.armFront, ARM_R);
}
