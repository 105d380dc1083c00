// Who rings: the language's online interpreters, the priority list first, never twice and
// never a decliner.
import { describe, expect, it } from 'vitest';
import type { Call } from '../../../../../server/hub/dispatch/call-state';
import { ringCandidates } from '../../../../../server/hub/dispatch/ring-candidates';

function call(overrides: Partial<Call> = {}, priority: string[] = []): Call {
  const send = () => undefined;
  return {
    id: 'c',
    clinic: {
      kind: 'clinic',
      device: { id: 'd', site: 'S', room: 'R', priority },
      send,
      sendEncoded: send,
    },
    language: 'ar',
    consultationType: 'vaccination',
    requestedAt: 0,
    state: 'searching',
    ringing: new Set(),
    declined: new Set(),
    priorityPhase: priority.length > 0,
    interpreter: null,
    offer: null,
    timers: [],
    detached: new Map(),
    ...overrides,
  };
}

describe('ring candidates', () => {
  it('rings everyone available who is not ringing yet and did not decline', () => {
    const c = call({ ringing: new Set(['a']), declined: new Set(['b']) });
    expect(ringCandidates(c, ['a', 'b', 'c'])).toEqual({ widen: false, ids: ['c'] });
  });

  it('rings only the priority list during the priority phase', () => {
    expect(ringCandidates(call({}, ['b']), ['a', 'b'])).toEqual({ widen: false, ids: ['b'] });
  });

  it('widens when nobody from the priority list is available', () => {
    expect(ringCandidates(call({}, ['z']), ['a', 'b'])).toEqual({ widen: true });
  });

  it('considers only the interpreter who just came online, when told', () => {
    expect(ringCandidates(call(), ['a', 'b'], 'b')).toEqual({ widen: false, ids: ['b'] });
    expect(ringCandidates(call({}, ['z']), ['a'], 'a')).toEqual({ widen: false, ids: [] });
  });
});
