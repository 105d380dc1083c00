import { describe, expect, it } from 'vitest';
import { Flow } from '../../../../shared/content/flow';
import {
  advance,
  answer,
  back,
  currentStep,
  nextStepId,
  start,
  type EngineResult,
  type FlowState,
} from '../../../../shared/content/flow-engine';

// fever? yes → temperature scale → where it hurts → end; no → skip to where it hurts.
const flow = Flow.parse({
  id: 'test-flow',
  titleFr: 'Flux de test',
  consultationTypes: ['child-symptoms'],
  steps: [
    { id: 'intro', card: 'info.intro', answer: { kind: 'none' } },
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
      branches: [{ when: { atLeast: 8 }, goto: 'end' }],
    },
    {
      id: 'where',
      card: 'q.where',
      answer: { kind: 'body-map', regions: ['head', 'belly', 'legs'], multiple: true },
    },
  ],
});

function ok(result: EngineResult): FlowState {
  if (!result.ok) throw new Error(result.error.message);
  return result.state;
}

describe('flow engine', () => {
  it('starts on the first step', () => {
    const state = start(flow);
    expect(state).toEqual({ flowId: 'test-flow', path: ['intro'], answers: {}, done: false });
    expect(currentStep(flow, state)?.id).toBe('intro');
  });

  it('follows the order when no branch matches', () => {
    let state = ok(advance(flow, start(flow)));
    state = ok(answer(flow, state, { kind: 'yes-no', value: 'yes' }));
    expect(currentStep(flow, state)?.id).toBe('pain');
    state = ok(answer(flow, state, { kind: 'pain-scale', value: 4 }));
    state = ok(answer(flow, state, { kind: 'body-map', regions: ['belly'] }));
    expect(state.done).toBe(true);
    expect(state.path).toEqual(['intro', 'fever', 'pain', 'where']);
    expect(currentStep(flow, state)).toBeNull();
  });

  it('branches on an answer, forward to a step or to the end', () => {
    let state = ok(advance(flow, start(flow)));
    const skipped = ok(answer(flow, state, { kind: 'yes-no', value: 'no' }));
    expect(currentStep(flow, skipped)?.id).toBe('where');
    state = ok(answer(flow, state, { kind: 'yes-no', value: 'yes' }));
    const ended = ok(answer(flow, state, { kind: 'pain-scale', value: 8 }));
    expect(ended.done).toBe(true);
  });

  it('computes the next step without changing state', () => {
    const fever = flow.steps[1];
    if (!fever) throw new Error('fixture');
    expect(nextStepId(flow, fever, { kind: 'yes-no', value: 'dont-know' })).toBe('pain');
    expect(nextStepId(flow, fever, { kind: 'yes-no', value: 'no' })).toBe('where');
  });

  it('refuses an answer of the wrong kind or outside the options', () => {
    const state = ok(advance(flow, start(flow)));
    const wrongKind = answer(flow, state, { kind: 'number', value: 3 });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'INVALID_ANSWER' } });
    const atPain = ok(answer(flow, state, { kind: 'yes-no', value: 'yes' }));
    expect(answer(flow, atPain, { kind: 'pain-scale', value: 3 } as never)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ANSWER' },
    });
    const atMap = ok(answer(flow, atPain, { kind: 'pain-scale', value: 2 }));
    expect(answer(flow, atMap, { kind: 'body-map', regions: ['ears'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ANSWER', message: expect.stringContaining('ears') as unknown },
    });
  });

  it('goes back one step, keeps the earlier answer, and drops answers off the new route', () => {
    let state = ok(advance(flow, start(flow)));
    state = ok(answer(flow, state, { kind: 'yes-no', value: 'yes' }));
    state = ok(answer(flow, state, { kind: 'pain-scale', value: 6 }));
    state = ok(back(flow, state));
    expect(currentStep(flow, state)?.id).toBe('pain');
    expect(state.answers.pain).toEqual({ kind: 'pain-scale', value: 6 });
    state = ok(back(flow, state));
    state = ok(answer(flow, state, { kind: 'yes-no', value: 'no' }));
    expect(state.path).toEqual(['intro', 'fever', 'where']);
    expect(state.answers.pain).toBeUndefined();
  });

  it('reopens the last step when going back from the end, and refuses to go before the start', () => {
    expect(back(flow, start(flow))).toMatchObject({ ok: false, error: { code: 'AT_START' } });
    let state = ok(advance(flow, start(flow)));
    state = ok(answer(flow, state, { kind: 'yes-no', value: 'no' }));
    state = ok(answer(flow, state, { kind: 'body-map', regions: ['head', 'legs'] }));
    expect(answer(flow, state, { kind: 'none' })).toMatchObject({ error: { code: 'FINISHED' } });
    expect(currentStep(flow, ok(back(flow, state)))?.id).toBe('where');
  });

  it('refuses a state that belongs to another flow', () => {
    const other = { ...start(flow), flowId: 'other' };
    expect(advance(flow, other)).toMatchObject({ ok: false, error: { code: 'WRONG_FLOW' } });
  });
});
