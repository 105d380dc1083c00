// simple-peer's signals ↔ the hub's SignalPayload, both ways, and nothing else relayed.
import { describe, expect, it } from 'vitest';
import { SignalPayload } from '../../../../shared/hub/call-messages';
import {
  fromHubSignal,
  toHubSignal,
  withoutCandidates,
} from '../../../../renderer/calls/signal-mapping';

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

describe('an offer sent while ringing', () => {
  it('loses its candidate lines and keeps everything else', () => {
    const sdp = [
      'v=0',
      'm=audio 9 UDP/TLS/RTP/SAVPF 111',
      'a=ice-ufrag:abcd',
      'a=candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host',
      'a=end-of-candidates',
      'a=fingerprint:sha-256 AA:BB',
      '',
    ].join('\r\n');
    expect(withoutCandidates(sdp)).toBe(
      [
        'v=0',
        'm=audio 9 UDP/TLS/RTP/SAVPF 111',
        'a=ice-ufrag:abcd',
        'a=fingerprint:sha-256 AA:BB',
        '',
      ].join('\r\n'),
    );
  });
});
