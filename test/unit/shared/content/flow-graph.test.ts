import { describe, expect, it } from 'vitest';
import { Flow } from '../../../../shared/content/flow';
import { findCycle, missingTargets, targets } from '../../../../shared/content/flow-graph';

function flowWith(steps: unknown[]) {
  return Flow.parse({ id: 'g', titleFr: 'Graphe', consultationTypes: ['social'], steps });
}
const info = { answer: { kind: 'none' }, card: 'c' };

describe('flow graph', () => {
  it('lists branch targets then the default target', () => {
    const flow = flowWith([
      {
        id: 'a',
        card: 'c',
        answer: { kind: 'yes-no' },
        branches: [{ when: { yesNo: 'no' }, goto: 'c' }],
      },
      { id: 'b', ...info },
      { id: 'c', ...info },
    ]);
    const [a, , c] = flow.steps;
    expect(a && targets(flow, a)).toEqual(['c', 'b']);
    expect(c && targets(flow, c)).toEqual(['end']);
  });

  it('finds targets that do not exist', () => {
    const flow = flowWith([{ id: 'a', ...info, next: 'nowhere' }]);
    expect(missingTargets(flow)).toEqual([{ step: 'a', target: 'nowhere' }]);
  });

  it('finds a cycle and names its steps', () => {
    const flow = flowWith([
      { id: 'a', ...info },
      { id: 'b', ...info },
      { id: 'c', ...info, next: 'a' },
    ]);
    expect(findCycle(flow)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('accepts a flow whose branches only jump forward', () => {
    const flow = flowWith([
      { id: 'a', ...info, next: 'c' },
      { id: 'b', ...info },
      { id: 'c', ...info },
    ]);
    expect(findCycle(flow)).toBeNull();
  });
});
