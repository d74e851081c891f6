/*
 * Which figure explains which step (§6), and how the plan's sides become the legs the viewer
 * sees: lying on the tummy the child's left leg is on the viewer's left; on the back, it is on
 * the viewer's right. The affected leg is in the accent colour, the other lightened or greyed.
 */
import type { Plan, PlanStep, StepId } from '../../../../shared/plan';
import type { LegState, ViewLegs } from './body';
import { footLetterPoints, footTopFigure, soleFigure } from './feet';
import {
  type BodyFigure,
  bodyFigure,
  type FrontFigure,
  frontFigure,
  legLetterPoints,
  type PatArea,
} from './massage-body';
import type { Box, Pt } from './pen';
import { crossLegged, footCircles, mat, monkeyFeet, prone, squat, supine } from './poses';

export type FigureShape = 'tall' | 'square' | 'wide';

export interface StepFigure {
  shape: FigureShape;
  /** Names everything the drawing depends on, for the shared stamp (stamps.ts). */
  key: string;
  draw(doc: PDFKit.PDFDocument, box: Box): void;
  /** Where to name the child's legs or foot in the figure: the letters are text, drawn apart. */
  letters(box: Box): { side: 'left' | 'right'; at: Pt }[];
}

type ChildLegs = Record<'left' | 'right', LegState>;

/** The legs of a step, or of the plan for steps without their own sides (the finishing pats). */
function childLegs(plan: Plan, step: PlanStep): ChildLegs {
  const s = step.sides;
  if (s && s.reason !== 'back_always_both') return { left: s.left, right: s.right };
  const affected = plan.diagnosis?.affected;
  if (!affected || affected.sides.length !== 1) return { left: 'full', right: 'full' };
  const other = affected.unaffectedLegMode?.value ?? 'light';
  const otherState: LegState = other === 'full' ? 'full' : other;
  return {
    left: affected.sides.includes('left') ? 'full' : otherState,
    right: affected.sides.includes('right') ? 'full' : otherState,
  };
}

const back = (legs: ChildLegs): ViewLegs => ({ left: legs.left, right: legs.right });
const front = (legs: ChildLegs): ViewLegs => ({ left: legs.right, right: legs.left });

export function stepFigure(plan: Plan, step: PlanStep, pats?: readonly PatArea[]): StepFigure | null {
  if (step.custom) return null;
  const legs = childLegs(plan, step);
  const toddler = plan.child.ageBand.value === 'toddler';
  const patKey = step.id === 'M08' && pats ? `:${pats.join('+')}` : '';
  const key = `step:${step.id}:${legs.left}:${legs.right}:${toddler ? 'toddler' : 'child'}${patKey}`;
  const figure =
    (shape: FigureShape) =>
    (draw: (doc: PDFKit.PDFDocument, box: Box) => void, letters: StepFigure['letters'] = () => []): StepFigure => ({
      shape,
      key: `${key}:${shape}`,
      draw,
      letters,
    });
  const [tall, square, wide] = [figure('tall'), figure('square'), figure('wide')];
  // Lying on the tummy the child's left leg is on the viewer's left; on the back, on the right.
  const legLetters =
    (fig: BodyFigure | FrontFigure, view: 'back' | 'front') =>
    (box: Box): { side: 'left' | 'right'; at: Pt }[] => {
      const points = legLetterPoints(box, fig);
      if (!points) return [];
      return [
        { side: view === 'back' ? 'left' : 'right', at: points.left },
        { side: view === 'back' ? 'right' : 'left', at: points.right },
      ];
    };
  switch (step.id as StepId) {
    case 'M01':
      return wide(prone);
    case 'M09':
      return wide(supine);
    case 'M02':
      return tall((d, b) => bodyFigure(d, b, 'back', back(legs)));
    case 'M03':
      return tall((d, b) => bodyFigure(d, b, 'buttocks', back(legs)));
    case 'M04':
      return tall((d, b) => bodyFigure(d, b, 'back_legs_thigh', back(legs)), legLetters('back_legs_thigh', 'back'));
    case 'M05':
      return tall((d, b) => bodyFigure(d, b, 'back_legs_calf', back(legs)), legLetters('back_legs_calf', 'back'));
    case 'M06':
      return tall((d, b) => bodyFigure(d, b, 'back_legs_heel', back(legs)), legLetters('back_legs_heel', 'back'));
    case 'M07':
      return tall(
        (d, b) => soleFigure(d, b, legs),
        (box) => footLetterPoints(box, 'sole'),
      );
    case 'M08':
      return tall((d, b) => bodyFigure(d, b, 'pats', back(legs), pats), legLetters('pats', 'back'));
    case 'M10':
      return tall((d, b) => frontFigure(d, b, 'front_thigh', front(legs)), legLetters('front_thigh', 'front'));
    case 'M11':
      return tall((d, b) => frontFigure(d, b, 'front_shin', front(legs)), legLetters('front_shin', 'front'));
    case 'M12':
      return tall(
        (d, b) => footTopFigure(d, b, legs),
        (box) => footLetterPoints(box, 'top'),
      );
    case 'X01':
      return square((d, b) => mat(d, b, toddler));
    case 'X02':
      return square(footCircles);
    case 'X03':
      return square((d, b) => monkeyFeet(d, b, toddler));
    case 'X04':
      return square(crossLegged);
    case 'X05':
      return square(squat);
    default:
      // B01 draws its three panels itself (steps.ts), in the booklet's language.
      return null;
  }
}
