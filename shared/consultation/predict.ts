// What the family screen will show once the local service has applied a tap, computed on the
// tablet with the same flow engine the service runs (shared/content/flow-engine.ts): the next
// card can be drawn in the tap's own frame instead of after a round trip. The service stays
// the authority: its state replaces the prediction as soon as it reaches the predicted
// revision, and a refused tap drops the prediction (the screen returns to the service's card).
// Only plain moves are predicted: a tap that ends a flow, or anything else, waits for the
// service.
import type { AnswerValue } from '../content/answer';
import { answer, back, type FlowState } from '../content/flow-engine';
import type { Flow } from '../content/flow';
import { isConsentCard } from './events';
import { stepView } from './reduce';
import type { ConsultationScreen } from './state';

/** A predicted screen; its `revision` is the one the service's state will have after the tap. */
export type PredictedScreen = ConsultationScreen;

function moved(
  screen: ConsultationScreen,
  flow: Flow,
  next: FlowState,
  events: number,
): PredictedScreen | null {
  const step = stepView(flow, next);
  if (next.done || !step) return null;
  return { ...screen, revision: screen.revision + events, step, flow: next };
}

/** Whether the screen shows a flow step the family can act on (nothing over it). */
function onStep(screen: ConsultationScreen, flow: Flow): FlowState | null {
  const progress = screen.flow;
  if (screen.paused || screen.pushed || !screen.step || !progress) return null;
  if (progress.flowId !== flow.id || progress.done) return null;
  return progress;
}

export function predictAnswer(
  screen: ConsultationScreen,
  flow: Flow,
  value: AnswerValue,
): PredictedScreen | null {
  const progress = onStep(screen, flow);
  if (!progress || !screen.step) return null;
  const result = answer(flow, progress, value);
  if (!result.ok) return null;
  // The service logs answer.given, and consent.given after a consent question's yes/no.
  const consent = value.kind === 'yes-no' && isConsentCard(screen.step.cardId);
  return moved(screen, flow, result.state, consent ? 2 : 1);
}

export function predictBack(screen: ConsultationScreen, flow: Flow): PredictedScreen | null {
  const progress = onStep(screen, flow);
  if (!progress) return null;
  const result = back(flow, progress);
  return result.ok ? moved(screen, flow, result.state, 1) : null;
}

/**
 * The screen to draw: the prediction while the service has not yet reached it (same session),
 * else the service's own state.
 */
export function screenToShow(
  service: ConsultationScreen,
  predicted: PredictedScreen | null,
): ConsultationScreen {
  if (predicted?.sessionId !== service.sessionId) return service;
  return service.revision < predicted.revision ? predicted : service;
}
