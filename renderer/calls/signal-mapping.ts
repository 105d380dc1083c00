// Between simple-peer's signal objects and the hub's SignalPayload (shared/hub/call-messages):
// the hub relays only offers, answers, candidates and the interpreter's `restart-ice` request
// (handled by call-peer.ts, not simple-peer), each checked by zod, so anything else
// simple-peer emits (renegotiation requests from the answering side) stays local.
import type { SimplePeerSignal } from '@thaunknown/simple-peer';
import type { SignalPayload } from '../../shared/hub/call-messages';

/** The signals simple-peer itself handles. */
export type PeerSignalPayload = Exclude<SignalPayload, { kind: 'restart-ice' }>;

export function toHubSignal(signal: SimplePeerSignal): PeerSignalPayload | null {
  switch (signal.type) {
    case 'offer':
    case 'answer':
      return { kind: signal.type, sdp: signal.sdp };
    case 'candidate':
      return {
        kind: 'candidate',
        candidate: signal.candidate.candidate ?? '',
        sdpMid: signal.candidate.sdpMid ?? null,
        sdpMLineIndex: signal.candidate.sdpMLineIndex ?? null,
      };
    default:
      return null;
  }
}

export function fromHubSignal(signal: PeerSignalPayload): SimplePeerSignal {
  if (signal.kind === 'candidate') {
    return {
      type: 'candidate',
      candidate: {
        candidate: signal.candidate,
        sdpMid: signal.sdpMid,
        sdpMLineIndex: signal.sdpMLineIndex,
      },
    };
  }
  return { type: signal.kind, sdp: signal.sdp };
}

/** An offer without its `a=candidate` lines: sent while a call rings, it must not tell the
 * ringing pages this clinic's addresses (they follow as candidates once someone accepts). */
export function withoutCandidates(sdp: string): string {
  return sdp
    .split('\r\n')
    .filter((line) => !line.startsWith('a=candidate:') && line !== 'a=end-of-candidates')
    .join('\r\n');
}
