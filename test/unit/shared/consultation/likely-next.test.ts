import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../../shared/content/answer';
import { Flow } from '../../../../shared/content/flow';
import { likelyNextScreens, MAX_LIKELY_NEXT } from '../../../../shared/consultation/likely-next';
import { predictAnswer, predictBack } from '../../../../shared/consultation/predict';
import {
  applyCountedEvent,
  emptyConsultation,
  screenOf,
  type Consultation,
} from '../../../../shared/consultation/reduce';

const SESSION = '6f1c1f43-33a4-4c54-9d0b-5f6f1f1f1f1f';

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

let clock = 0;
function answered(c: Consultation, value: AnswerValue): Consultation {
  const step = c.state.step;
  if (!step) throw new Error('no step');
  const event = {
    type: 'answer.given' as const,
    at: new Date((clock += 1000)).toISOString(),
    data: { ...step, answer: value },
  };
  return applyCountedEvent(c, event, () => flow);
}

function started(): Consultation {
  const event = {
    type: 'flow.started' as const,
    at: new Date(0).toISOString(),
    data: { flowId: flow.id },
  };
  return applyCountedEvent(emptyConsultation(SESSION), event, () => flow);
}

const keys = (c: Consultation) =>
  likelyNextScreens(screenOf(c), flow).map((screen) => screen.step?.stepId);

describe('the screens one tap away', () => {
  it('lists each distinct step an answer leads to, once', () => {
    // yes → pain, no → where, don't know → pain: two distinct steps, no back at the start.
    expect(keys(started())).toEqual(['pain', 'where']);
  });

  it('puts back first, then where the answers lead; a flow end is not a screen', () => {
    const pain = answered(started(), { kind: 'yes-no', value: 'yes' });
    // back → fever; 0–2 → age, 4–6 → where, 8–10 → end (left to the service).
    expect(keys(pain)).toEqual(['fever', 'age', 'where']);
  });

  it('tries a number at its range ends and at each threshold, a date once', () => {
    const age = answered(answered(started(), { kind: 'yes-no', value: 'yes' }), {
      kind: 'pain-scale',
      value: 2,
    });
    expect(keys(age)).toEqual(['pain', 'since', 'where']);
    const since = answered(age, { kind: 'number', value: 3 });
    expect(keys(since)).toEqual(['age', 'where']);
  });

  it('gives exactly the screens the tap itself predicts', () => {
    const c = answered(started(), { kind: 'yes-no', value: 'yes' });
    const screens = likelyNextScreens(screenOf(c), flow);
    expect(screens[0]).toEqual(predictBack(screenOf(c), flow));
    expect(screens[1]).toEqual(predictAnswer(screenOf(c), flow, { kind: 'pain-scale', value: 0 }));
  });

  it('draws nothing ahead over a pause, a pushed card or another flow', () => {
    const screen = screenOf(answered(started(), { kind: 'yes-no', value: 'yes' }));
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
    const event = {
      type: 'flow.started' as const,
      at: new Date(0).toISOString(),
      data: { flowId: 'wide' },
    };
    const c = applyCountedEvent(emptyConsultation(SESSION), event, () => wide);
    expect(likelyNextScreens(screenOf(c), wide)).toHaveLength(MAX_LIKELY_NEXT);
  });
});
