// A peer made while its call rings: only the clinic's offer leaves at once, stripped of its
// addresses; everything else waits for the connection, in order, or is dropped.
import { describe, expect, it } from 'vitest';
import type { CallPeerOptions } from '../../../../renderer/calls/call-peer';
import { holdUntilConnected } from '../../../../renderer/calls/hold-until-connected';
import type { SignalPayload } from '../../../../shared/hub/call-messages';

const offerSdp =
  'v=0\r\na=ice-ufrag:abcd\r\na=candidate:1 1 udp 1 192.0.2.1 5000 typ host\r\na=end-of-candidates\r\n';
const candidate: SignalPayload = {
  kind: 'candidate',
  candidate: 'candidate:1 1 udp 1 192.0.2.1 5000 typ host',
  sdpMid: '0',
  sdpMLineIndex: 0,
};

function recorder(role: 'clinic' | 'interpreter') {
  const events: string[] = [];
  const signals: SignalPayload[] = [];
  const options: CallPeerOptions = {
    role,
    stream: null,
    iceServers: [],
    relayOnly: false,
    sendSignal: (signal) => {
      signals.push(signal);
      events.push(`signal:${signal.kind}`);
    },
    onLink: (state) => events.push(`link:${state}`),
    onRemoteStream: () => events.push('stream'),
    onMessage: (message) => events.push(`message:${message.type}`),
    onChannelOpen: () => events.push('open'),
  };
  return { events, signals, held: holdUntilConnected(options) };
}

describe('hold until connected', () => {
  it('sends the clinic’s offer at once without its candidates, and holds the rest', () => {
    const { events, signals, held } = recorder('clinic');
    held.options.sendSignal({ kind: 'offer', sdp: offerSdp });
    held.options.sendSignal(candidate);
    held.options.onLink('failed', 'turn-refused');
    expect(signals).toEqual([{ kind: 'offer', sdp: 'v=0\r\na=ice-ufrag:abcd\r\n' }]);
    held.connected();
    expect(events).toEqual(['signal:offer', 'signal:candidate', 'link:failed']);
    // An offer after the connection (an ICE restart) goes as it is.
    held.options.sendSignal({ kind: 'offer', sdp: offerSdp });
    expect(signals.at(-1)).toEqual({ kind: 'offer', sdp: offerSdp });
  });

  it('holds all the interpreter’s signaling and news until connected, in order', () => {
    const { events, held } = recorder('interpreter');
    held.options.sendSignal({ kind: 'answer', sdp: 'v=0\r\n' });
    held.options.onRemoteStream({} as MediaStream);
    held.options.sendSignal(candidate);
    held.options.onChannelOpen?.();
    held.options.onMessage({ type: 'audio-only', enabled: true });
    expect(events).toEqual([]);
    held.connected();
    expect(events).toEqual([
      'signal:answer',
      'stream',
      'signal:candidate',
      'open',
      'message:audio-only',
    ]);
  });

  it('sends nothing of a call that stopped ringing here', () => {
    const { events, held } = recorder('interpreter');
    held.options.sendSignal({ kind: 'answer', sdp: 'v=0\r\n' });
    held.discard();
    held.connected();
    held.options.onLink('connected');
    expect(events).toEqual(['link:connected']);
  });
});
