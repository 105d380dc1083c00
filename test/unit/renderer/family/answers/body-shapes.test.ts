import { describe, expect, it } from 'vitest';
import {
  bodyShapes,
  figureHeight,
  type Figure,
  type Shape,
  type Side,
} from '../../../../../renderer/family/answers/body-shapes';
import { BodyRegion } from '../../../../../shared/content/answer';

const figures: Figure[] = ['child', 'adult'];
const sides: Side[] = ['front', 'back'];
const WIDTH = 200;

function bounds(shape: Shape) {
  return shape.kind === 'ellipse'
    ? {
        left: shape.cx - shape.rx,
        right: shape.cx + shape.rx,
        top: shape.cy - shape.ry,
        bottom: shape.cy + shape.ry,
      }
    : {
        left: shape.x,
        right: shape.x + shape.width,
        top: shape.y,
        bottom: shape.y + shape.height,
      };
}

const regionsOf = (figure: Figure, side: Side) =>
  bodyShapes(figure, side).map((entry) => entry.region);

describe('bodyShapes', () => {
  it.each(figures)('draws every region except skin on the front or the back (%s)', (figure) => {
    const drawn = new Set([...regionsOf(figure, 'front'), ...regionsOf(figure, 'back')]);
    const expected = BodyRegion.options.filter((region) => region !== 'skin');
    expect([...drawn].sort()).toEqual([...expected].sort());
    expect(drawn.has('skin')).toBe(false);
  });

  it.each(figures)(
    'puts the back on the back view and the torso regions on the front (%s)',
    (figure) => {
      const front = regionsOf(figure, 'front');
      const back = regionsOf(figure, 'back');
      expect(back).toContain('back');
      expect(front).not.toContain('back');
      for (const region of [
        'chest',
        'belly',
        'genital-area',
        'eyes',
        'ears',
        'mouth',
        'throat',
      ] as const) {
        expect(front).toContain(region);
        expect(back).not.toContain(region);
      }
      for (const region of ['head', 'arms', 'hands', 'legs', 'feet'] as const) {
        expect(front).toContain(region);
        expect(back).toContain(region);
      }
    },
  );

  it.each(figures.flatMap((figure) => sides.map((side) => [figure, side] as const)))(
    'lists each region once, with at least one shape (%s, %s)',
    (figure, side) => {
      const entries = bodyShapes(figure, side);
      const regions = entries.map((entry) => entry.region);
      expect(new Set(regions).size).toBe(regions.length);
      for (const entry of entries) expect(entry.shapes.length).toBeGreaterThan(0);
    },
  );

  it.each(figures.flatMap((figure) => sides.map((side) => [figure, side] as const)))(
    'keeps every shape inside the viewBox 0..200 × 0..figureHeight (%s, %s)',
    (figure, side) => {
      const height = figureHeight(figure);
      for (const { region, shapes } of bodyShapes(figure, side)) {
        for (const shape of shapes) {
          const box = bounds(shape);
          const where = `${region} ${JSON.stringify(shape)}`;
          expect(box.left, where).toBeGreaterThanOrEqual(0);
          expect(box.top, where).toBeGreaterThanOrEqual(0);
          expect(box.right, where).toBeLessThanOrEqual(WIDTH);
          expect(box.bottom, where).toBeLessThanOrEqual(height);
          if (shape.kind === 'ellipse') {
            expect(shape.rx, where).toBeGreaterThan(0);
            expect(shape.ry, where).toBeGreaterThan(0);
          } else {
            expect(shape.width, where).toBeGreaterThan(0);
            expect(shape.height, where).toBeGreaterThan(0);
            expect(shape.r, where).toBeLessThanOrEqual(Math.min(shape.width, shape.height) / 2);
          }
        }
      }
    },
  );

  it.each(figures)('draws paired limbs symmetrically about the middle (%s)', (figure) => {
    const centre = (shape: Shape) => {
      const box = bounds(shape);
      return (box.left + box.right) / 2;
    };
    for (const entry of bodyShapes(figure, 'front')) {
      if (!['arms', 'hands', 'legs', 'feet', 'eyes', 'ears'].includes(entry.region)) continue;
      const [left, right] = entry.shapes;
      expect(entry.shapes).toHaveLength(2);
      if (!left || !right) throw new Error(entry.region);
      expect(centre(left) + centre(right)).toBeCloseTo(WIDTH, 6);
    }
  });

  it('orders the body from head to feet', () => {
    for (const figure of figures) {
      const top = (region: BodyRegion) => {
        const entry = bodyShapes(figure, 'front').find((candidate) => candidate.region === region);
        if (!entry) throw new Error(region);
        return Math.min(...entry.shapes.map((shape) => bounds(shape).top));
      };
      const order: BodyRegion[] = ['head', 'throat', 'chest', 'belly', 'genital-area', 'feet'];
      const tops = order.map(top);
      expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    }
  });

  it('gives a child a bigger head and shorter legs than an adult', () => {
    const shape = (figure: Figure, region: BodyRegion) =>
      bodyShapes(figure, 'front').find((entry) => entry.region === region)?.shapes[0];
    const childHead = shape('child', 'head');
    const adultHead = shape('adult', 'head');
    const childLeg = shape('child', 'legs');
    const adultLeg = shape('adult', 'legs');
    if (childHead?.kind !== 'ellipse' || adultHead?.kind !== 'ellipse') throw new Error('head');
    if (childLeg?.kind !== 'rect' || adultLeg?.kind !== 'rect') throw new Error('legs');
    expect(childHead.rx).toBeGreaterThan(adultHead.rx);
    expect(childLeg.height).toBeLessThan(adultLeg.height);
    expect(figureHeight('child')).toBeLessThan(figureHeight('adult'));
  });
});

describe('figureHeight', () => {
  it('fits the feet with a small margin below', () => {
    for (const figure of figures) {
      const feet = bodyShapes(figure, 'front').find((entry) => entry.region === 'feet');
      const bottom = Math.max(...(feet?.shapes ?? []).map((shape) => bounds(shape).bottom));
      expect(bottom).toBeLessThanOrEqual(figureHeight(figure));
      expect(figureHeight(figure) - bottom).toBeLessThan(40);
    }
  });
});
