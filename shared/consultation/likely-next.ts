// The screens one tap away from the current card: each distinct step an answer can lead to, and
// the step "back" returns to. The family screen draws them ahead of time, hidden, while the
// family looks at the card, so the tap only reveals one (issue 4: tap → painted ≤ 50 ms on a
// slow tablet). Same predictions as the tap itself (predict.ts), so a prepared step is exactly
// the one the tap shows.
import { painScaleValues, yesNoValues, type AnswerSpec, type AnswerValue } from '../content/answer';
import type { Flow, Step } from '../content/flow';
import { predictAnswer, predictBack, type PredictedScreen } from './predict';
import type { ConsultationScreen } from './state';

/** Enough for a yes/no card's branches; a heavy card (the body map) is not drawn five times. */
export const MAX_LIKELY_NEXT = 3;

/** The thresholds a number's branches test, with the ends of its range. */
function numberSamples(step: Step, min: number, max: number): number[] {
  const thresholds = step.branches.flatMap((branch) =>
    'atLeast' in branch.when ? [branch.when.atLeast] : [],
  );
  return [min, max, ...thresholds].filter((value) => value >= min && value <= max);
}

/**
 * One answer per way the step can branch. A date never branches, so one sample date stands
 * for all (only its precision is checked).
 */
function sampleAnswers(spec: AnswerSpec, step: Step): AnswerValue[] {
  switch (spec.kind) {
    case 'none':
      return [{ kind: 'none' }];
    case 'yes-no':
      return yesNoValues.map((value) => ({ kind: 'yes-no', value }));
    case 'pain-scale':
      return painScaleValues.map((value) => ({ kind: 'pain-scale', value }));
    case 'single':
      return spec.options.map((option) => ({ kind: 'single', option: option.id }));
    case 'multiple':
      return spec.options.map((option) => ({ kind: 'multiple', options: [option.id] }));
    case 'body-map':
      return spec.regions.map((region) => ({ kind: 'body-map', regions: [region] }));
    case 'number':
      return numberSamples(step, spec.min, spec.max).map((value) => ({ kind: 'number', value }));
    case 'date':
      return [{ kind: 'date', value: spec.precision === 'day' ? '2000-01-01' : '2000-01' }];
  }
}

const stepKey = (screen: PredictedScreen) =>
  screen.step ? `${screen.step.flowId}/${screen.step.stepId}` : '';

/**
 * The distinct screens one tap away, back first (it is always one screen), then answers in
 * the order the family sees them, at most MAX_LIKELY_NEXT of those. Empty over a pushed card,
 * a pause, or a finished flow: those wait for the service.
 */
export function likelyNextScreens(screen: ConsultationScreen, flow: Flow): PredictedScreen[] {
  const step = flow.steps.find((candidate) => candidate.id === screen.step?.stepId);
  if (!step) return [];
  const found = new Map<string, PredictedScreen>();
  const back = predictBack(screen, flow);
  if (back) found.set(stepKey(back), back);
  let forward = 0;
  for (const value of sampleAnswers(step.answer, step)) {
    if (forward >= MAX_LIKELY_NEXT) break;
    const next = predictAnswer(screen, flow, value);
    if (!next || found.has(stepKey(next))) continue;
    found.set(stepKey(next), next);
    forward += 1;
  }
  return [...found.values()];
}
