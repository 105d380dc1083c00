import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../../shared/content/answer';
import { Flow } from '../../../../shared/content/flow';
import { predictAnswer, predictBack, screenToShow } from '../../../../shared/consultation/predict';
import {
  applyCountedEvent,
  emptyConsultation,
  screenOf,
  type Consultation,
  type LoggedEvent,
} from '../../../../shared/consultation/reduce';
import { ConsultationScreen } from '../../../../shared/consultation/state';
import type { SessionEventType } from '../../../../shared/domain/session-events';

const SESSION = '6f1c1f43-33a4-4c54-9d0b-5f6f1f1f1f1f';

// fever? yes → pain (≥ 8 ends) → consent → where; fever? no → where.
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
      branches: [{ when: { atLeast: 8 }, goto: 'end' }],
    },
    { id: 'consent', card: 'consent.photo', answer: { kind: 'yes-no' } },
    {
      id: 'where',
      card: 'q.where',
      answer: { kind: 'body-map', regions: ['head', 'belly'], multiple: true },
    },
  ],
});
const lookup = (id: string) => (id === flow.id ? flow : undefined);

let clock = 0;
/** What the local service does: log the event(s), fold them in. */
function apply(c: Consultation, type: SessionEventType, data: object): Consultation {
  const event: LoggedEvent = { type, at: new Date((clock += 1000)).toISOString(), data };
  return applyCountedEvent(c, event, lookup);
}

function serviceAnswer(c: Consultation, value: AnswerValue): Consultation {
  const step = c.state.step;
  if (!step) throw new Error('no step');
  let next = apply(c, 'answer.given', { ...step, answer: value });
  if (step.cardId.startsWith('consent.') && value.kind === 'yes-no') {
    next = apply(next, 'consent.given', {
      flowId: step.flowId,
      cardId: step.cardId,
      value: value.value,
    });
  }
  return next;
}

function started(): Consultation {
  return apply(emptyConsultation(SESSION), 'flow.started', { flowId: flow.id });
}

describe('the family screen predicts the service', () => {
  it('shows exactly the state the service reaches after an answer, a consent or a back', () => {
    let c = started();
    const yes: AnswerValue = { kind: 'yes-no', value: 'yes' };
    const pain: AnswerValue = { kind: 'pain-scale', value: 4 };
    // fever yes → pain 4 → consent yes (two events) → back → consent no
    for (const value of [yes, pain, yes]) {
      const predicted = predictAnswer(screenOf(c), flow, value);
      c = serviceAnswer(c, value);
      expect(predicted).toEqual(screenOf(c));
      expect(ConsultationScreen.parse(predicted)).toEqual(predicted);
    }
    const back = predictBack(screenOf(c), flow);
    const step = c.state.step;
    if (!step) throw new Error('no step');
    c = apply(c, 'flow.back', { flowId: flow.id, stepId: step.stepId });
    expect(back).toEqual(screenOf(c));
    expect(back?.step).toMatchObject({ stepId: 'consent', previous: yes });
  });

  it('leaves to the service what it should not guess', () => {
    const c = started();
    const screen = screenOf(c);
    // A flow's end: the service writes flow.finished and the screen waits.
    const painful = serviceAnswer(c, { kind: 'yes-no', value: 'yes' });
    expect(predictAnswer(screenOf(painful), flow, { kind: 'pain-scale', value: 8 })).toBeNull();
    // A wrong kind of answer: the service refuses it, the screen stays.
    expect(predictAnswer(screen, flow, { kind: 'number', value: 3 })).toBeNull();
    // Nothing to go back to; a pushed card or a pause over the flow.
    expect(predictBack(screen, flow)).toBeNull();
    const yes: AnswerValue = { kind: 'yes-no', value: 'yes' };
    expect(predictAnswer({ ...screen, paused: true }, flow, yes)).toBeNull();
    expect(predictAnswer({ ...screen, pushed: { cardId: 'x.y', by: 'doctor' } }, flow, yes)).toBe(
      null,
    );
    // Another flow's screen.
    expect(predictAnswer(screen, { ...flow, id: 'other' }, yes)).toBeNull();
  });

  it('shows the prediction until the service reaches its revision, then the service', () => {
    const c = started();
    const service = screenOf(c);
    const predicted = predictAnswer(service, flow, { kind: 'yes-no', value: 'no' });
    if (!predicted) throw new Error('no prediction');
    expect(screenToShow(service, predicted)).toBe(predicted);
    // The service's own state, once it has the answer, wins even if it differs.
    const later = { ...predicted, repeatCount: 1 };
    expect(screenToShow(later, predicted)).toBe(later);
    // A prediction from another session is never shown.
    expect(screenToShow({ ...service, sessionId: crypto.randomUUID() }, predicted)).not.toBe(
      predicted,
    );
    expect(screenToShow(service, null)).toBe(service);
  });
});
