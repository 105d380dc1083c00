import { describe, expect, it } from 'vitest';
import { Flow } from '../../../../shared/content/flow';
import { likelyNextScreens, MAX_LIKELY_NEXT } from '../../../../shared/consultation/likely-next';
import { predictAnswer, predictBack } from '../../../../shared/consultation/predict';
import type { ConsultationScreen } from '../../../../shared/consultation/state';
import { flowScreens } from '../../../helpers/flow-screens';

// fever? yes → pain (≥ 8 ends, ≥ 4 → where) → age → date → where; fever? no → where.
const flow = Flow.parse({
  id: 'child-fever',
  titleFr: 'Enfant fiévreux',
  consultationTypes: ['child-symptoms'],
  steps: [
    {
      id: 'fever',
      card: 'q.fever',
      answer: { kind: 'yes-no' },
      branches: [{ when: { yesNo: 'no' }, goto: 'where' }],
    },
    {
      id: 'pain',
      card: 'q.pain',
      answer: { kind: 'pain-scale' },
      branches: [
        { when: { atLeast: 8 }, goto: 'end' },
        { when: { atLeast: 4 }, goto: 'where' },
      ],
    },
    {
      id: 'age',
      card: 'q.age',
      answer: { kind: 'number', unit: 'months', min: 0, max: 36 },
      branches: [{ when: { atLeast: 12 }, goto: 'where' }],
    },
    { id: 'since', card: 'q.since', answer: { kind: 'date', precision: 'month' } },
    {
      id: 'where',
      card: 'q.where',
      answer: { kind: 'body-map', regions: ['head', 'belly'], multiple: true },
    },
  ],
});

const stepIds = (screen: ConsultationScreen) =>
  likelyNextScreens(screen, flow).map((next) => next.step?.stepId);

/** The fever flow after "yes": the pain faces. */
function onPain() {
  const run = flowScreens(flow);
  run.answer({ kind: 'yes-no', value: 'yes' });
  return run;
}

describe('the screens one tap away', () => {
  it('lists each distinct step an answer leads to, once', () => {
    // yes → pain, no → where, don't know → pain: two distinct steps, no back at the start.
    expect(stepIds(flowScreens(flow).screen())).toEqual(['pain', 'where']);
  });

  it('puts back first, then where the answers lead; a flow end is not a screen', () => {
    // back → fever; 0–2 → age, 4–6 → where, 8–10 → end (left to the service).
    expect(stepIds(onPain().screen())).toEqual(['fever', 'age', 'where']);
  });

  it('tries a number at its range ends and at each threshold, a date once', () => {
    const run = onPain();
    expect(stepIds(run.answer({ kind: 'pain-scale', value: 2 }))).toEqual([
      'pain',
      'since',
      'where',
    ]);
    expect(stepIds(run.answer({ kind: 'number', value: 3 }))).toEqual(['age', 'where']);
  });

  it('gives exactly the screens the tap itself predicts', () => {
    const screen = onPain().screen();
    const screens = likelyNextScreens(screen, flow);
    expect(screens[0]).toEqual(predictBack(screen, flow));
    expect(screens[1]).toEqual(predictAnswer(screen, flow, { kind: 'pain-scale', value: 0 }));
  });

  it('draws nothing ahead over a pause, a pushed card or another flow', () => {
    const screen = onPain().screen();
    expect(likelyNextScreens({ ...screen, paused: true }, flow)).toEqual([]);
    expect(likelyNextScreens({ ...screen, pushed: { cardId: 'x.y', by: 'doctor' } }, flow)).toEqual(
      [],
    );
    expect(likelyNextScreens(screen, { ...flow, id: 'other' })).toEqual([]);
  });

  it('prepares at most a few forward screens', () => {
    const wide = Flow.parse({
      id: 'wide',
      titleFr: 'Large',
      consultationTypes: ['child-symptoms'],
      steps: [
        {
          id: 'pick',
          card: 'q.pick',
          answer: {
            kind: 'single',
            options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, card: `o.${id}` })),
          },
          branches: ['a', 'b', 'c', 'd'].map((id) => ({ when: { option: id }, goto: id })),
        },
        ...['a', 'b', 'c', 'd', 'e'].map((id) => ({
          id,
          card: `q.${id}`,
          answer: { kind: 'none' },
        })),
      ],
    });
    expect(likelyNextScreens(flowScreens(wide).screen(), wide)).toHaveLength(MAX_LIKELY_NEXT);
  });
});
