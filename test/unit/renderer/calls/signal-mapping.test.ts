// simple-peer's signals ↔ the hub's SignalPayload, both ways, and nothing else relayed.
import { describe, expect, it } from 'vitest';
import { SignalPayload } from '../../../../shared/hub/call-messages';
import { fromHubSignal, toHubSignal } from '../../../../renderer/calls/signal-mapping';

describe('signal mapping', () => {
  it('round-trips offers, answers and candidates through the hub schema', () => {
    const candidate = {
      candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host',
      sdpMid: '0',
      sdpMLineIndex: 0,
    };
    for (const signal of [
      { type: 'offer', sdp: 'v=0\r\n' },
      { type: 'answer', sdp: 'v=0\r\n' },
      { type: 'candidate', candidate },
    ] as const) {
      const payload = toHubSignal(signal);
      expect(SignalPayload.safeParse(payload).success).toBe(true);
      expect(payload && fromHubSignal(payload)).toEqual(signal);
    }
  });

  it('keeps renegotiation requests local', () => {
    expect(toHubSignal({ type: 'renegotiate', renegotiate: true })).toBeNull();
  });
});
