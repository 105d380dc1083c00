// The consultation on the clinic PC: each action is checked against the flow engine, written
// to the session log, then applied to the in-memory state and broadcast. The state is a fold
// over the log (shared/consultation/reduce.ts), so a restart after a crash rebuilds exactly
// the screen the family was on.
import type { MethodInput } from '../../../shared/bridge/contract';
import { CodedError } from '../../../shared/bridge/result';
import {
  answer as engineAnswer,
  back as engineBack,
  currentStep,
} from '../../../shared/content/flow-engine';
import type { Flow } from '../../../shared/content/flow';
import { isConsentCard } from '../../../shared/consultation/events';
import {
  applyCountedEvent,
  replay,
  screenOf,
  type Consultation,
  type LoggedEvent,
} from '../../../shared/consultation/reduce';
import type { ConsultationScreen, ConsultationState } from '../../../shared/consultation/state';
import { DONT_UNDERSTAND, type SessionEventType } from '../../../shared/domain/session-events';
import type { SessionLog } from '../store/session-log';

/** Gets the whole consultation (state and flow engine state) after each change. */
export type ConsultationListener = (consultation: Consultation | null) => void;

export class ConsultationService {
  private readonly flows: Map<string, Flow>;
  private readonly listeners = new Set<ConsultationListener>();
  private cached: Consultation | null = null;

  constructor(
    private readonly log: SessionLog,
    flows: readonly Flow[],
    private readonly now: () => Date = () => new Date(),
  ) {
    this.flows = new Map(flows.map((flow) => [flow.id, flow]));
  }

  onChanged(listener: ConsultationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called when a session starts or ends (SessionService) or the log changed elsewhere. */
  refresh(): void {
    this.cached = null;
    this.emit(this.active());
  }

  current(): ConsultationState | null {
    return this.active()?.state ?? null;
  }

  /** The family screen's view of the running consultation. */
  screen(): ConsultationScreen | null {
    const c = this.active();
    return c ? screenOf(c) : null;
  }

  get(sessionId: string): ConsultationState {
    if (!this.log.get(sessionId)) throw new CodedError('NOT_FOUND', `No session ${sessionId}.`);
    return replay(sessionId, this.log.events(sessionId), this.lookup).state;
  }

  startFlow(input: MethodInput<'consultation.startFlow'>): ConsultationState {
    const c = this.require(input.sessionId);
    this.flow(input.flowId);
    // Starting a flow over a running one leaves the first unfinished: the log says so.
    return this.write(c, 'flow.started', { flowId: input.flowId });
  }

  answer(input: MethodInput<'consultation.answer'>): ConsultationState {
    const c = this.require(input.sessionId);
    const { flow, state } = this.onStep(c, input.flowId, input.stepId);
    const step = currentStep(flow, state);
    if (!step) throw new CodedError('CONFLICT', 'This flow is finished.');
    const result = engineAnswer(flow, state, input.answer);
    if (!result.ok) throw new CodedError('BAD_REQUEST', result.error.message);
    let next = this.write(c, 'answer.given', {
      flowId: flow.id,
      stepId: step.id,
      cardId: step.card,
      answer: input.answer,
    });
    if (input.answer.kind === 'yes-no' && isConsentCard(step.card)) {
      next = this.write(this.require(input.sessionId), 'consent.given', {
        flowId: flow.id,
        cardId: step.card,
        value: input.answer.value,
      });
    }
    if (result.state.done) {
      next = this.write(this.require(input.sessionId), 'flow.finished', { flowId: flow.id });
    }
    return next;
  }

  back(input: MethodInput<'consultation.back'>): ConsultationState {
    const c = this.require(input.sessionId);
    const { flow, state } = this.onStep(c, input.flowId, input.stepId);
    const result = engineBack(flow, state);
    if (!result.ok) throw new CodedError('CONFLICT', result.error.message);
    return this.write(c, 'flow.back', { flowId: flow.id, stepId: input.stepId });
  }

  signal(input: MethodInput<'consultation.signal'>): ConsultationState {
    const c = this.require(input.sessionId);
    const step = c.state.step;
    const cardId = c.state.pushed?.cardId ?? step?.cardId ?? null;
    // "I don't understand" on a flow step is logged as that step's answer: the statistics
    // count it per flow. Anywhere else it is a plain signal, like the other buttons.
    if (input.signal === 'dont-understand' && step && !c.state.pushed) {
      return this.write(c, 'answer.given', {
        flowId: step.flowId,
        stepId: step.stepId,
        cardId: step.cardId,
        answer: DONT_UNDERSTAND,
      });
    }
    return this.write(c, 'family.signal', { signal: input.signal, cardId });
  }

  pushPhrase(input: MethodInput<'consultation.pushPhrase'>): ConsultationState {
    const c = this.require(input.sessionId);
    return this.write(c, 'phrase.pushed', { cardId: input.cardId, by: input.by });
  }

  dismissPhrase(input: MethodInput<'consultation.dismissPhrase'>): ConsultationState {
    const c = this.require(input.sessionId);
    const pushed = c.state.pushed;
    if (!pushed) return c.state;
    return this.write(c, 'phrase.dismissed', { cardId: pushed.cardId });
  }

  setPaused(input: MethodInput<'consultation.setPaused'>): ConsultationState {
    const c = this.require(input.sessionId);
    if (c.state.paused === input.paused) return c.state;
    return this.write(c, input.paused ? 'session.paused' : 'session.resumed', {});
  }

  private readonly lookup = (id: string): Flow | undefined => this.flows.get(id);

  private flow(id: string): Flow {
    const flow = this.flows.get(id);
    if (!flow) throw new CodedError('NOT_FOUND', `No flow ${id}.`);
    return flow;
  }

  private active(): Consultation | null {
    const session = this.log.active();
    if (!session) return (this.cached = null);
    if (this.cached?.state.sessionId !== session.id) {
      this.cached = replay(session.id, this.log.events(session.id), this.lookup);
    }
    return this.cached;
  }

  private require(sessionId: string): Consultation {
    const c = this.active();
    if (c?.state.sessionId !== sessionId) {
      throw new CodedError('CONFLICT', 'This session is not the one in progress.');
    }
    return c;
  }

  private onStep(c: Consultation, flowId: string, stepId: string) {
    const flow = this.flow(flowId);
    const state = c.flow;
    const step = state && currentStep(flow, state);
    if (state?.flowId !== flowId || step?.id !== stepId) {
      throw new CodedError('STALE_STEP', 'The screen has already moved on from this question.');
    }
    return { flow, state };
  }

  private write(c: Consultation, type: SessionEventType, data: object): ConsultationState {
    const event: LoggedEvent = { type, at: this.now().toISOString(), data };
    this.log.record(c.state.sessionId, type, event.at, data);
    this.cached = applyCountedEvent(c, event, this.lookup);
    this.emit(this.cached);
    return this.cached.state;
  }

  private emit(consultation: Consultation | null): void {
    for (const listener of this.listeners) listener(consultation);
  }
}
