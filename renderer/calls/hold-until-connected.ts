// A peer made while its call still rings (decision 0075) talks too early: its answer or
// candidates would reach a hub that refuses them before the accept, and its link news would
// reach a screen still showing the ringing call. This wraps a peer's callbacks so all of it
// waits, in order, until the hub says the call is connected. The clinic's offer is the one
// exception: it goes at once (without candidates), so the ringing pages can prepare.
import type { CallPeerOptions } from './call-peer';
import { HeldActions } from './held-actions';
import { withoutCandidates } from './signal-mapping';

export interface HeldPeerOptions {
  /** The options to create the peer with. */
  options: CallPeerOptions;
  /** The call is connected: what was held runs now, in order, and later news at once. */
  connected(): void;
  /** The call will never connect here: what was held is dropped. */
  discard(): void;
}

export function holdUntilConnected(options: CallPeerOptions): HeldPeerOptions {
  const held = new HeldActions();
  return {
    options: {
      ...options,
      sendSignal: (signal) => {
        if (signal.kind === 'offer' && options.role === 'clinic' && !held.isOpen) {
          options.sendSignal({ kind: 'offer', sdp: withoutCandidates(signal.sdp) });
          return;
        }
        held.run(() => {
          options.sendSignal(signal);
        });
      },
      onLink: (state, failure) => {
        held.run(() => {
          options.onLink(state, failure);
        });
      },
      onRemoteStream: (stream) => {
        held.run(() => {
          options.onRemoteStream(stream);
        });
      },
      onMessage: (message) => {
        held.run(() => {
          options.onMessage(message);
        });
      },
      onChannelOpen: () => {
        held.run(() => {
          options.onChannelOpen?.();
        });
      },
    },
    connected: () => {
      held.open();
    },
    discard: () => {
      held.discard();
    },
  };
}
