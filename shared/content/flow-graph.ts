// The flow as a graph: where each step can go. Used by the engine (one answer → one target) and
// by the checker (every target exists, nothing loops: "back" is the engine's job, not a branch's).
import { END, type Flow, type Step } from './flow';
import type { StepId } from './ids';

/** A step id, or `END`. */
export type Target = StepId;

/** Where a step goes when no branch matches: `next`, else the following step, else the end. */
export function defaultTarget(flow: Flow, step: Step): Target {
  if (step.next) return step.next;
  const index = flow.steps.findIndex((candidate) => candidate.id === step.id);
  return flow.steps[index + 1]?.id ?? END;
}

/** Every target a step can reach, branches first, without duplicates. */
export function targets(flow: Flow, step: Step): Target[] {
  return [...new Set([...step.branches.map((branch) => branch.goto), defaultTarget(flow, step)])];
}

export interface MissingTarget {
  step: StepId;
  target: StepId;
}

export function missingTargets(flow: Flow): MissingTarget[] {
  const known = new Set(flow.steps.map((step) => step.id));
  return flow.steps.flatMap((step) =>
    targets(flow, step)
      .filter((target) => target !== END && !known.has(target))
      .map((target) => ({ step: step.id, target })),
  );
}

/** The first cycle found, as the list of step ids around it, or null. Depth-first, iterative. */
export function findCycle(flow: Flow): StepId[] | null {
  const byId = new Map(flow.steps.map((step) => [step.id, step]));
  const state = new Map<StepId, 'active' | 'done'>();
  for (const root of flow.steps) {
    if (state.has(root.id)) continue;
    const stack: { id: StepId; next: Target[] }[] = [{ id: root.id, next: targets(flow, root) }];
    state.set(root.id, 'active');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const target = top.next.shift();
      if (target === undefined) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const step = target === END ? undefined : byId.get(target);
      if (!step) continue;
      if (state.get(step.id) === 'active') {
        const from = stack.findIndex((frame) => frame.id === step.id);
        return [...stack.slice(from).map((frame) => frame.id), step.id];
      }
      if (state.has(step.id)) continue;
      state.set(step.id, 'active');
      stack.push({ id: step.id, next: targets(flow, step) });
    }
  }
  return null;
}
