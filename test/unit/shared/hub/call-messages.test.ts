// The calls part of the hub protocol: what a clinic and an interpreter may send about calls,
// and what is refused before it reaches dispatch or the other party.
import { describe, expect, it } from 'vitest';
import { decodeClientMessage, decodeServerMessage } from '../../../../shared/hub/protocol';

const callId = '6f1c7a52-9f0e-4c3b-8a53-2f3b8f1e0a01';
const json = (value: unknown) => JSON.stringify(value);

describe('call messages, client → hub', () => {
  it.each([
    [{ v: 1, type: 'call.request', language: 'ar', consultationType: 'vaccination' }],
    [{ v: 1, type: 'call.cancel', callId }],
    [{ v: 1, type: 'call.accept', callId }],
    [{ v: 1, type: 'call.decline', callId }],
    [{ v: 1, type: 'call.hangup', callId }],
    [{ v: 1, type: 'call.signal', callId, signal: { kind: 'offer', sdp: 'v=0' } }],
    [{ v: 1, type: 'call.signal', callId, signal: { kind: 'answer', sdp: 'v=0' } }],
    [
      {
        v: 1,
        type: 'call.signal',
        callId,
        signal: { kind: 'candidate', candidate: '', sdpMid: null, sdpMLineIndex: null },
      },
    ],
    [{ v: 1, type: 'call.signal', callId, signal: { kind: 'restart-ice' } }],
  ])('accepts %j', (message) => {
    expect(decodeClientMessage(json(message))).toEqual({ ok: true, value: message });
  });

  it.each([
    [
      'an unknown language',
      { v: 1, type: 'call.request', language: 'xx', consultationType: 'vaccination' },
    ],
    [
      'an unknown consultation',
      { v: 1, type: 'call.request', language: 'ar', consultationType: 'x' },
    ],
    ['a call id that is no UUID', { v: 1, type: 'call.accept', callId: '../../etc' }],
    ['a signal of unknown kind', { v: 1, type: 'call.signal', callId, signal: { kind: 'x' } }],
    [
      'a restart request with extra fields',
      { v: 1, type: 'call.signal', callId, signal: { kind: 'restart-ice', sdp: 'v=0' } },
    ],
    ['an empty SDP', { v: 1, type: 'call.signal', callId, signal: { kind: 'offer', sdp: '' } }],
    [
      'an extra signal field',
      { v: 1, type: 'call.signal', callId, signal: { kind: 'offer', sdp: 'v', x: 1 } },
    ],
    ['a server-only type', { v: 1, type: 'call.ringing', callId }],
  ])('refuses %s with BAD_MESSAGE', (_, message) => {
    const decoded = decodeClientMessage(json(message));
    expect(!decoded.ok && decoded.error.code).toBe('BAD_MESSAGE');
  });
});

describe('call messages, hub → client', () => {
  it('decodes a connected call with its ICE servers and tolerates added fields', () => {
    const message = {
      v: 1,
      type: 'call.connected',
      callId,
      role: 'clinic',
      peer: { displayName: 'Amina K.' },
      iceServers: [{ urls: ['turn:t:3478'], username: '1:x', credential: 'c' }],
      addedLater: true,
    };
    expect(decodeServerMessage(json(message)).ok).toBe(true);
  });

  it('decodes the phone fallback, or its absence', () => {
    const fallback = { phone: '04 72 00 00 00', accessCode: '12#' };
    expect(decodeServerMessage(json({ v: 1, type: 'call.unavailable', callId, fallback })).ok).toBe(
      true,
    );
    expect(
      decodeServerMessage(json({ v: 1, type: 'call.unavailable', callId, fallback: null })).ok,
    ).toBe(true);
  });
});
