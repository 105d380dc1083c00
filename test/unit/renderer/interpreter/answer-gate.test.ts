// The interpreter page's screen updates wait for its answer, in order, and never for long.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerGate } from '../../../../renderer/interpreter/answer-gate';

describe('answer gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs updates at once when no call is being answered', () => {
    const gate = new AnswerGate();
    const seen: string[] = [];
    gate.run(() => seen.push('presence'));
    expect(seen).toEqual(['presence']);
  });

  it('holds updates until the answer for that call is sent, then runs them in order', () => {
    const gate = new AnswerGate();
    const seen: string[] = [];
    gate.hold('a');
    gate.run(() => seen.push('call screen'));
    gate.run(() => seen.push('busy'));
    gate.sent('a', 'candidate');
    gate.sent('b', 'answer');
    expect(seen).toEqual([]);
    gate.sent('a', 'answer');
    expect(seen).toEqual(['call screen', 'busy']);
    gate.run(() => seen.push('remote video'));
    expect(seen).toEqual(['call screen', 'busy', 'remote video']);
  });

  it('opens by itself when no answer is sent in time', () => {
    const gate = new AnswerGate(1000);
    const seen: string[] = [];
    gate.hold('a');
    gate.run(() => seen.push('call screen'));
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['call screen']);
  });

  it('runs what a previous hold kept before holding for a new call', () => {
    const gate = new AnswerGate();
    const seen: string[] = [];
    gate.hold('a');
    gate.run(() => seen.push('a'));
    gate.hold('b');
    expect(seen).toEqual(['a']);
    gate.run(() => seen.push('b'));
    gate.release();
    expect(seen).toEqual(['a', 'b']);
    vi.advanceTimersByTime(5000); // the released holds' timers are gone
    expect(seen).toEqual(['a', 'b']);
  });
});
