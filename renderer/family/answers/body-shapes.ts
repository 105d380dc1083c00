// Geometry of the body map: one figure drawn from simple shapes, with a child's proportions
// (bigger head, shorter limbs) or an adult's, seen from the front or the back. Each shape is
// one tappable region; both arms are one region, as are both legs, and so on.
import type { BodyRegion } from '../../../shared/content/answer';

export type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; r: number };

export type Figure = 'child' | 'adult';
export type Side = 'front' | 'back';

interface Proportions {
  head: number; // head radius
  neck: number; // neck length
  torso: number; // torso height
  limb: number; // arm / leg length factor
}

const proportions: Record<Figure, Proportions> = {
  adult: { head: 26, neck: 16, torso: 150, limb: 1 },
  child: { head: 36, neck: 10, torso: 120, limb: 0.8 },
};

export function bodyShapes(figure: Figure, side: Side): { region: BodyRegion; shapes: Shape[] }[] {
  const p = proportions[figure];
  const headY = 20 + p.head;
  const neckTop = headY + p.head - 4;
  const torsoTop = neckTop + p.neck;
  const half = p.torso / 2;
  const armLength = 140 * p.limb;
  const legTop = torsoTop + p.torso;
  const legLength = 170 * p.limb;
  const head: Shape = { kind: 'ellipse', cx: 100, cy: headY, rx: p.head, ry: p.head + 2 };
  const arms: Shape[] = [
    { kind: 'rect', x: 38, y: torsoTop + 4, width: 18, height: armLength, r: 9 },
    { kind: 'rect', x: 144, y: torsoTop + 4, width: 18, height: armLength, r: 9 },
  ];
  const handY = torsoTop + 4 + armLength + 8;
  const hands: Shape[] = [
    { kind: 'ellipse', cx: 47, cy: handY, rx: 12, ry: 13 },
    { kind: 'ellipse', cx: 153, cy: handY, rx: 12, ry: 13 },
  ];
  const legs: Shape[] = [
    { kind: 'rect', x: 68, y: legTop + 18, width: 28, height: legLength, r: 12 },
    { kind: 'rect', x: 104, y: legTop + 18, width: 28, height: legLength, r: 12 },
  ];
  const footY = legTop + 18 + legLength + 6;
  const feet: Shape[] = [
    { kind: 'ellipse', cx: 78, cy: footY, rx: 18, ry: 9 },
    { kind: 'ellipse', cx: 122, cy: footY, rx: 18, ry: 9 },
  ];
  const common = [
    { region: 'arms' as const, shapes: arms },
    { region: 'hands' as const, shapes: hands },
    { region: 'legs' as const, shapes: legs },
    { region: 'feet' as const, shapes: feet },
  ];
  if (side === 'back') {
    return [
      { region: 'head', shapes: [head] },
      {
        region: 'back',
        shapes: [{ kind: 'rect', x: 60, y: torsoTop, width: 80, height: p.torso + 18, r: 18 }],
      },
      ...common,
    ];
  }
  return [
    { region: 'head', shapes: [head] },
    {
      region: 'eyes',
      shapes: [
        { kind: 'ellipse', cx: 100 - p.head * 0.38, cy: headY - 4, rx: 6, ry: 5 },
        { kind: 'ellipse', cx: 100 + p.head * 0.38, cy: headY - 4, rx: 6, ry: 5 },
      ],
    },
    {
      region: 'ears',
      shapes: [
        { kind: 'ellipse', cx: 100 - p.head - 3, cy: headY, rx: 6, ry: 10 },
        { kind: 'ellipse', cx: 100 + p.head + 3, cy: headY, rx: 6, ry: 10 },
      ],
    },
    {
      region: 'mouth',
      shapes: [{ kind: 'ellipse', cx: 100, cy: headY + p.head * 0.5, rx: 9, ry: 5 }],
    },
    {
      region: 'throat',
      shapes: [{ kind: 'rect', x: 88, y: neckTop, width: 24, height: p.neck + 6, r: 6 }],
    },
    {
      region: 'chest',
      shapes: [{ kind: 'rect', x: 60, y: torsoTop, width: 80, height: half, r: 18 }],
    },
    {
      region: 'belly',
      shapes: [{ kind: 'rect', x: 60, y: torsoTop + half + 2, width: 80, height: half - 2, r: 14 }],
    },
    {
      region: 'genital-area',
      shapes: [{ kind: 'ellipse', cx: 100, cy: legTop + 10, rx: 26, ry: 12 }],
    },
    ...common,
  ];
}

/** Height of the drawing for a figure, so the SVG viewBox fits it. */
export function figureHeight(figure: Figure): number {
  const p = proportions[figure];
  return 20 + 2 * p.head + p.neck + p.torso + 18 + 170 * p.limb + 30;
}
