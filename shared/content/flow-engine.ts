// The flow engine: a pure state machine (no clock, no I/O) shared by the doctor and family
// screens and the local service, so all three agree on "which step is next" by construction.
// States are plain JSON values: they can be logged, sent over the bridge and replayed.
import type { AnswerValue } from './answer';
import { answerProblem } from './answer-check';
import { END, type Condition, type Flow, type Step } from './flow';
import { defaultTarget, type Target } from './flow-graph';
import type { FlowId, StepId } from './ids';

export interface FlowState {
  flowId: FlowId;
  /** Steps visited in order; the last one is the current step unless `done`. */
  path: StepId[];
  /** Answers of the steps on the path only: a changed route drops answers that no longer apply. */
  answers: Partial<Record<StepId, AnswerValue>>;
  done: boolean;
}

export type EngineErrorCode = 'WRONG_FLOW' | 'FINISHED' | 'INVALID_ANSWER' | 'AT_START';
export type EngineResult =
  { ok: true; state: FlowState } | { ok: false; error: { code: EngineErrorCode; message: string } };

function failure(code: EngineErrorCode, message: string): EngineResult {
  return { ok: false, error: { code, message } };
}

export function start(flow: Flow): FlowState {
  const first = flow.steps[0];
  // The schema guarantees at least one step; an empty flow is a programming error.
  if (!first) throw new Error(`Flow ${flow.id} has no steps`);
  return { flowId: flow.id, path: [first.id], answers: {}, done: false };
}

export function currentStep(flow: Flow, state: FlowState): Step | null {
  if (state.done) return null;
  const id = state.path[state.path.length - 1];
  return flow.steps.find((step) => step.id === id) ?? null;
}

function matches(condition: Condition, value: AnswerValue): boolean {
  if ('option' in condition) {
    if (value.kind === 'single') return value.option === condition.option;
    if (value.kind === 'multiple') return value.options.includes(condition.option);
    return false;
  }
  if ('yesNo' in condition) return value.kind === 'yes-no' && value.value === condition.yesNo;
  if ('region' in condition) {
    return value.kind === 'body-map' && value.regions.includes(condition.region);
  }
  return (
    (value.kind === 'pain-scale' || value.kind === 'number') && value.value >= condition.atLeast
  );
}

/** Where an answer leads: the first matching branch, else the step's default target. */
export function nextStepId(flow: Flow, step: Step, value: AnswerValue): Target {
  const branch = step.branches.find((candidate) => matches(candidate.when, value));
  return branch ? branch.goto : defaultTarget(flow, step);
}

export function answer(flow: Flow, state: FlowState, value: AnswerValue): EngineResult {
  if (state.flowId !== flow.id) return failure('WRONG_FLOW', `state is for flow ${state.flowId}`);
  const step = currentStep(flow, state);
  if (!step) return failure('FINISHED', `flow ${flow.id} is finished`);
  const problem = answerProblem(step.answer, value);
  if (problem) return failure('INVALID_ANSWER', `step ${step.id}: ${problem}`);

  const target = nextStepId(flow, step, value);
  const done = target === END;
  const path = done ? state.path : [...state.path, target];
  const answers: FlowState['answers'] = {};
  for (const id of path) {
    const kept = id === step.id ? value : state.answers[id];
    if (kept) answers[id] = kept;
  }
  return { ok: true, state: { flowId: flow.id, path, answers, done } };
}

/** Information steps: "next" is an answer of kind `none`. */
export function advance(flow: Flow, state: FlowState): EngineResult {
  return answer(flow, state, { kind: 'none' });
}

/** One step back. The earlier answer stays so the screen can show it pre-selected. */
export function back(flow: Flow, state: FlowState): EngineResult {
  if (state.flowId !== flow.id) return failure('WRONG_FLOW', `state is for flow ${state.flowId}`);
  if (state.done) return { ok: true, state: { ...state, done: false } };
  if (state.path.length <= 1) return failure('AT_START', `flow ${flow.id} is at its first step`);
  const path = state.path.slice(0, -1);
  const answers: FlowState['answers'] = {};
  for (const id of path) {
    const kept = state.answers[id];
    if (kept) answers[id] = kept;
  }
  return { ok: true, state: { ...state, path, answers } };
}
