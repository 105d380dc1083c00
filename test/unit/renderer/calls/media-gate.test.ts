// The interpreter page's screen updates wait for the call's media, in order, and never long.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MediaGate } from '../../../../renderer/calls/media-gate';

describe('media gate', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs updates at once when no call is being set up', () => {
    const gate = new MediaGate();
    const seen: string[] = [];
    gate.run(() => seen.push('presence'));
    expect(seen).toEqual(['presence']);
  });

  it('holds updates until media of that call flows, then runs them in order', () => {
    const gate = new MediaGate();
    const seen: string[] = [];
    gate.hold('a');
    gate.run(() => seen.push('call screen'));
    gate.run(() => seen.push('busy'));
    gate.flowing('b');
    expect(seen).toEqual([]);
    gate.flowing('a');
    expect(seen).toEqual(['call screen', 'busy']);
    gate.run(() => seen.push('remote video'));
    expect(seen).toEqual(['call screen', 'busy', 'remote video']);
  });

  it('opens by itself when no media comes in time', () => {
    const gate = new MediaGate(1000);
    const seen: string[] = [];
    gate.hold('a');
    gate.run(() => seen.push('call screen'));
    vi.advanceTimersByTime(999);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['call screen']);
  });

  it('runs what a previous hold kept before holding for a new call', () => {
    const gate = new MediaGate();
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
