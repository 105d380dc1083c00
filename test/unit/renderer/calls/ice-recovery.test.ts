// The ICE recovery rules with fake timers and fake actions: whichever side notices a failure
// first starts the recovery (the clinic restarts, the interpreter asks it to), it is retried
// until ICE is connected again, and nothing happens before the first connection.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DISCONNECTED_GRACE_MS,
  IceRecovery,
  RESTART_RETRY_MS,
} from '../../../../renderer/calls/ice-recovery';

function recovery(role: 'clinic' | 'interpreter') {
  const done: string[] = [];
  const r = new IceRecovery(role, {
    restartIce: () => done.push('restart'),
    askForRestart: () => done.push('ask'),
  });
  return { r, done };
}

describe('ICE recovery', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does nothing while the first connection is still being set up', () => {
    for (const role of ['clinic', 'interpreter'] as const) {
      const { r, done } = recovery(role);
      expect(r.iceChanged('checking')).toBeNull();
      expect(r.iceChanged('failed')).toBeNull();
      r.restartRequested();
      r.signalingResumed();
      vi.advanceTimersByTime(10 * RESTART_RETRY_MS);
      expect(done).toEqual([]);
    }
  });

  it('interpreter: a failure asks the clinic to restart at once, again until connected', () => {
    const { r, done } = recovery('interpreter');
    expect(r.iceChanged('connected')).toBe('connected');
    expect(r.iceChanged('failed')).toBe('reconnecting');
    expect(done).toEqual(['ask']);
    vi.advanceTimersByTime(RESTART_RETRY_MS);
    expect(done).toEqual(['ask', 'ask']);
    expect(r.iceChanged('connected')).toBe('connected');
    vi.advanceTimersByTime(10 * RESTART_RETRY_MS);
    expect(done).toEqual(['ask', 'ask']);
  });

  it('interpreter: `disconnected` that heals within the grace asks for nothing', () => {
    const { r, done } = recovery('interpreter');
    r.iceChanged('connected');
    expect(r.iceChanged('disconnected')).toBe('reconnecting');
    vi.advanceTimersByTime(DISCONNECTED_GRACE_MS - 1);
    r.iceChanged('connected');
    vi.advanceTimersByTime(10 * RESTART_RETRY_MS);
    expect(done).toEqual([]);
    // Past the grace, it asks.
    r.iceChanged('disconnected');
    vi.advanceTimersByTime(DISCONNECTED_GRACE_MS);
    expect(done).toEqual(['ask']);
  });

  it('interpreter: never restarts ICE itself and ignores restart requests', () => {
    const { r, done } = recovery('interpreter');
    r.iceChanged('connected');
    r.restartRequested();
    expect(done).toEqual([]);
    r.iceChanged('failed');
    expect(done).not.toContain('restart');
  });

  it('clinic: restarts when the interpreter asks, even while its own ICE still looks connected', () => {
    const { r, done } = recovery('clinic');
    r.iceChanged('connected');
    r.restartRequested();
    expect(done).toEqual(['restart']);
    // Its own ICE never left `connected`: the retry finds it connected and stops.
    vi.advanceTimersByTime(10 * RESTART_RETRY_MS);
    expect(done).toEqual(['restart']);
  });

  it('clinic: a request during its own restart round does not roll that restart back', () => {
    const { r, done } = recovery('clinic');
    r.iceChanged('connected');
    r.iceChanged('failed');
    expect(done).toEqual(['restart']);
    vi.advanceTimersByTime(RESTART_RETRY_MS / 2);
    r.restartRequested(); // the interpreter noticed too: the restart already under way serves
    expect(done).toEqual(['restart']);
    vi.advanceTimersByTime(RESTART_RETRY_MS / 2);
    expect(done).toEqual(['restart', 'restart']); // the next round, as scheduled
    r.iceChanged('connected');
    vi.advanceTimersByTime(RESTART_RETRY_MS);
    r.restartRequested(); // a new failure seen by the interpreter, a round later: restart
    expect(done).toEqual(['restart', 'restart', 'restart']);
  });

  it('clinic: its own failure restarts and retries until connected', () => {
    const { r, done } = recovery('clinic');
    r.iceChanged('connected');
    r.iceChanged('failed');
    vi.advanceTimersByTime(2 * RESTART_RETRY_MS);
    expect(done).toEqual(['restart', 'restart', 'restart']);
    r.iceChanged('completed');
    vi.advanceTimersByTime(10 * RESTART_RETRY_MS);
    expect(done).toHaveLength(3);
  });

  it('the hub link coming back recovers at once when media is down, not when it is up', () => {
    const { r, done } = recovery('interpreter');
    r.iceChanged('connected');
    r.signalingResumed();
    expect(done).toEqual([]);
    r.iceChanged('disconnected');
    r.signalingResumed();
    expect(done).toEqual(['ask']);
  });

  it('stops everything once closed', () => {
    const { r, done } = recovery('clinic');
    r.iceChanged('connected');
    r.iceChanged('failed');
    r.close();
    vi.advanceTimersByTime(10 * RESTART_RETRY_MS);
    r.restartRequested();
    expect(done).toEqual(['restart']);
  });
});
