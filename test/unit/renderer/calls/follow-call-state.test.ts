// A window that shows the call starts from the state last reported and follows each change;
// a change heard before that state arrives is newer and wins; a failed read shows nothing.
import { describe, expect, it } from 'vitest';
import type { CallsChanged } from '../../../../shared/bridge/calls-contract';
import type { BridgeClient } from '../../../../shared/bridge/contract';
import { fail, ok, type Result } from '../../../../shared/bridge/result';
import { followCallState } from '../../../../renderer/calls/follow-call-state';

const SESSION = '0b7c6a1e-2f4d-4e8a-9c3b-5d6e7f8a9b0c';
const connected: CallsChanged = { sessionId: SESSION, phase: 'connected', interpreterVideo: false };
const ended: CallsChanged = { sessionId: SESSION, phase: 'ended' };

/** A bridge whose `calls.current` answers when the test says, and whose events the test emits. */
function fakeBridge() {
  let answer: (result: Result<CallsChanged | null>) => void = () => undefined;
  const listeners = new Set<(state: CallsChanged) => void>();
  const bridge = {
    call: (method: string) => {
      expect(method).toBe('calls.current');
      return new Promise((resolve) => {
        answer = resolve;
      });
    },
    on: (event: string, listener: (state: CallsChanged) => void) => {
      expect(event).toBe('calls.changed');
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as BridgeClient;
  return {
    bridge,
    answer: async (result: Result<CallsChanged | null>) => {
      answer(result);
      await Promise.resolve();
      await Promise.resolve();
    },
    emit: (state: CallsChanged) => {
      for (const listener of listeners) listener(state);
    },
    listening: () => listeners.size,
  };
}

describe('followCallState', () => {
  it('starts from the current state, then follows each change', async () => {
    const fake = fakeBridge();
    const seen: CallsChanged[] = [];
    const stop = followCallState(fake.bridge, (state) => seen.push(state));
    await fake.answer(ok(connected));
    fake.emit(ended);
    expect(seen).toEqual([connected, ended]);
    stop();
    expect(fake.listening()).toBe(0);
  });

  it('keeps a change heard before the current state arrives', async () => {
    const fake = fakeBridge();
    const seen: CallsChanged[] = [];
    followCallState(fake.bridge, (state) => seen.push(state));
    fake.emit(ended);
    await fake.answer(ok(connected));
    expect(seen).toEqual([ended]);
  });

  it('shows nothing when there is no call, the read fails, or the window stopped following', async () => {
    for (const result of [ok(null), fail('UNAVAILABLE', 'The service is not running.')]) {
      const fake = fakeBridge();
      const seen: CallsChanged[] = [];
      followCallState(fake.bridge, (state) => seen.push(state));
      await fake.answer(result);
      expect(seen).toEqual([]);
    }
    const fake = fakeBridge();
    const seen: CallsChanged[] = [];
    followCallState(fake.bridge, (state) => seen.push(state))();
    await fake.answer(ok(connected));
    expect(seen).toEqual([]);
  });
});
