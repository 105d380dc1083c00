// The interpreter page's calls: ringing requests pile up, stop with the right notice, and
// the accepted one becomes the call in progress.
import { describe, expect, it } from 'vitest';
import { noCalls, reduceCalls } from '../../../../renderer/interpreter/call-state';

const A = '6f1c7a52-9f0e-4c3b-8a53-2f3b8f1e0a01';
const B = '6f1c7a52-9f0e-4c3b-8a53-2f3b8f1e0a02';
const ring = (callId: string) =>
  ({
    v: 1,
    type: 'call.ringing',
    callId,
    language: 'ar',
    consultationType: 'vaccination',
    clinic: { site: 'PMI Gerland', room: 'Salle 1' },
    offer: null,
    iceServers: [] as { urls: string[] }[],
  }) as const;

describe('interpreter call state', () => {
  it('lists ringing requests once each', () => {
    const state = [ring(A), ring(B), ring(A)].reduce(reduceCalls, noCalls);
    expect(state.ringing.map((call) => call.callId)).toEqual([A, B]);
  });

  it('drops a request taken by someone else or withdrawn, with a notice', () => {
    let state = [ring(A), ring(B)].reduce(reduceCalls, noCalls);
    state = reduceCalls(state, { v: 1, type: 'call.taken', callId: A });
    expect(state).toMatchObject({ ringing: [{ callId: B }], notice: 'taken' });
    state = reduceCalls(state, { v: 1, type: 'call.withdrawn', callId: B, reason: 'timeout' });
    expect(state).toEqual({ ringing: [], current: null, notice: 'timeout' });
  });

  it('turns the accepted request into the call in progress, until it ends', () => {
    let state = reduceCalls(noCalls, ring(A));
    state = reduceCalls(state, {
      v: 1,
      type: 'call.connected',
      callId: A,
      role: 'interpreter',
      peer: { displayName: 'PMI Gerland — Salle 1' },
      iceServers: [],
    });
    expect(state).toEqual({
      ringing: [],
      current: {
        callId: A,
        peerName: 'PMI Gerland — Salle 1',
        iceServers: [],
        // Kept from the ringing request, for the call screen's header.
        language: 'ar',
        consultationType: 'vaccination',
      },
      notice: null,
    });
    state = reduceCalls(state, { v: 1, type: 'call.ended', callId: B, reason: 'hangup' });
    expect(state.current?.callId).toBe(A); // another call's end changes nothing
    state = reduceCalls(state, { v: 1, type: 'call.ended', callId: A, reason: 'hangup' });
    expect(state).toMatchObject({ current: null, notice: 'ended' });
  });
});
