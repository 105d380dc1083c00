// The consultation as a fold over its session-log events: the service applies each event it
// writes, and after a crash replays the whole log to reach the same state. Pure: no clock,
// no I/O. Events it cannot use (unknown flow, bad data) are skipped, never fatal.
import type { AnswerValue } from '../content/answer';
import { answer, back, currentStep, start, type FlowState } from '../content/flow-engine';
import { defaultTarget } from '../content/flow-graph';
import { END, type Flow } from '../content/flow';
import type { SessionEventType } from '../domain/session-events';
import {
  consultationEventData,
  isConsentCard,
  type ConsultationEventData,
  type ConsultationEventType,
} from './events';
import type { ConsultationScreen, ConsultationState, CurrentStep, TimelineEntry } from './state';

export interface LoggedEvent {
  type: SessionEventType;
  at: string;
  data: unknown;
}

export interface Consultation {
  state: ConsultationState;
  /** The running flow's engine state (the service needs it to validate the next answer). */
  flow: FlowState | null;
}

export type FlowLookup = (id: string) => Flow | undefined;

/** The family screen's part of a consultation (see ConsultationScreen). */
export function screenOf(c: Consultation): ConsultationScreen {
  const { sessionId, revision, paused, step, pushed, repeatCount } = c.state;
  return { sessionId, revision, paused, step, pushed, repeatCount, flow: c.flow };
}

export function emptyConsultation(sessionId: string): Consultation {
  return {
    state: {
      sessionId,
      revision: 0,
      paused: false,
      step: null,
      pushed: null,
      repeatCount: 0,
      timeline: [],
      flowsFinished: [],
    },
    flow: null,
  };
}

/** Steps left on the default route from the current step (branches may shorten or lengthen). */
function remainingSteps(flow: Flow, state: FlowState): number {
  let step = currentStep(flow, state);
  let count = 0;
  const seen = new Set<string>();
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    const target = defaultTarget(flow, step);
    if (target === END) break;
    step = flow.steps.find((candidate) => candidate.id === target) ?? null;
    count += 1;
  }
  return count;
}

export function stepView(flow: Flow, state: FlowState): CurrentStep | null {
  const step = currentStep(flow, state);
  if (!step) return null;
  return {
    flowId: flow.id,
    stepId: step.id,
    cardId: step.card,
    done: state.path.length - 1,
    remaining: remainingSteps(flow, state),
    previous: state.answers[step.id] ?? null,
    canGoBack: state.path.length > 1,
  };
}

function withTimeline(consultation: Consultation, entry: TimelineEntry): Consultation {
  return {
    ...consultation,
    state: { ...consultation.state, timeline: [...consultation.state.timeline, entry] },
  };
}

function parse<T extends ConsultationEventType>(
  type: T,
  data: unknown,
): ConsultationEventData<T> | null {
  const parsed = consultationEventData[type].safeParse(data);
  return parsed.success ? (parsed.data as ConsultationEventData<T>) : null;
}

function moveFlow(consultation: Consultation, flow: Flow, next: FlowState): Consultation {
  return {
    flow: next,
    state: { ...consultation.state, step: next.done ? null : stepView(flow, next) },
  };
}

function onAnswer(c: Consultation, event: LoggedEvent, flows: FlowLookup): Consultation {
  const data = parse('answer.given', event.data);
  const flow = data && flows(data.flowId);
  if (!data || !flow || c.flow?.flowId !== data.flowId) return c;
  if (data.answer === 'dont-understand') {
    return withTimeline(c, {
      kind: 'signal',
      at: event.at,
      signal: 'dont-understand',
      cardId: data.cardId,
    });
  }
  const value: AnswerValue = data.answer;
  const result = answer(flow, c.flow, value);
  if (!result.ok) return c;
  const consent = value.kind === 'yes-no' && isConsentCard(data.cardId);
  const moved = moveFlow(c, flow, result.state);
  return withTimeline(moved, {
    kind: 'answer',
    at: event.at,
    flowId: data.flowId,
    stepId: data.stepId,
    cardId: data.cardId,
    answer: value,
    consent,
  });
}

export { counted as applyCountedEvent };

function applyEvent(c: Consultation, event: LoggedEvent, flows: FlowLookup): Consultation {
  switch (event.type) {
    case 'flow.started': {
      const data = parse('flow.started', event.data);
      const flow = data && flows(data.flowId);
      if (!data || !flow) return c;
      const moved = moveFlow(c, flow, start(flow));
      return withTimeline(moved, { kind: 'flow-started', at: event.at, flowId: flow.id });
    }
    case 'answer.given':
      return onAnswer(c, event, flows);
    case 'flow.back': {
      const data = parse('flow.back', event.data);
      const flow = data && flows(data.flowId);
      if (!flow || !c.flow) return c;
      const result = back(flow, c.flow);
      return result.ok ? moveFlow(c, flow, result.state) : c;
    }
    case 'flow.finished': {
      const data = parse('flow.finished', event.data);
      // Only the running flow can finish; anything else is a stale or foreign event.
      if (!data || c.flow?.flowId !== data.flowId) return c;
      const finished = {
        flow: null,
        state: {
          ...c.state,
          step: null,
          flowsFinished: [...c.state.flowsFinished, data.flowId],
        },
      };
      return withTimeline(finished, { kind: 'flow-finished', at: event.at, flowId: data.flowId });
    }
    case 'family.signal': {
      const data = parse('family.signal', event.data);
      if (!data) return c;
      const repeated =
        data.signal === 'repeat'
          ? { ...c, state: { ...c.state, repeatCount: c.state.repeatCount + 1 } }
          : c;
      return withTimeline(repeated, { kind: 'signal', at: event.at, ...data });
    }
    case 'phrase.pushed': {
      const data = parse('phrase.pushed', event.data);
      if (!data) return c;
      const pushed = { ...c, state: { ...c.state, pushed: data } };
      return withTimeline(pushed, { kind: 'phrase', at: event.at, ...data });
    }
    case 'phrase.dismissed':
      return { ...c, state: { ...c.state, pushed: null } };
    case 'session.paused':
    case 'session.resumed': {
      const paused = event.type === 'session.paused';
      const next = { ...c, state: { ...c.state, paused } };
      return withTimeline(next, { kind: 'paused', at: event.at, paused });
    }
    case 'interpreter.requested':
    case 'interpreter.connected':
    case 'interpreter.ended': {
      const state = event.type.slice('interpreter.'.length) as 'requested' | 'connected' | 'ended';
      return withTimeline(c, { kind: 'interpreter', at: event.at, state });
    }
    default:
      return c;
  }
}

/** Every logged event counts as a change, even one the fold ignores: revisions only grow. */
function counted(c: Consultation, event: LoggedEvent, flows: FlowLookup): Consultation {
  const next = applyEvent(c, event, flows);
  return { ...next, state: { ...next.state, revision: c.state.revision + 1 } };
}

export function replay(
  sessionId: string,
  events: readonly LoggedEvent[],
  flows: FlowLookup,
): Consultation {
  return events.reduce((c, event) => counted(c, event, flows), emptyConsultation(sessionId));
}
