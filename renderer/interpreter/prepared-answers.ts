// The interpreter's answers, made while calls ring (decision 0075). The clinic's offer comes
// with the ringing (or just after it, as a signal): this page opens its camera for the
// preview anyway, so it also creates the answering peer, applies the offer and makes its
// answer, and the browser sets up its video encoder, all before anyone accepts. Nothing
// leaves the page: the peer's answer, candidates and news are held (hold-until-connected.ts)
// and the offer carries no candidates, so no connection can start. The page the hub connects
// takes its peer, ready; every other ringing page drops its own.
import type { IceServer } from '../../shared/hub/call-messages';
import { CallPeer, type CallPeerOptions } from '../calls/call-peer';
import { holdUntilConnected, type HeldPeerOptions } from '../calls/hold-until-connected';

/** Calls prepared at once: a page rarely rings for more, and each holds a peer and a relay. */
const MAX_PREPARED = 2;

interface Entry {
  offer: string | null;
  iceServers: IceServer[];
  preparing: boolean;
  peer: CallPeer | null;
  held: HeldPeerOptions | null;
}

export interface PreparedCall {
  /** The peer with its answer made, or null when it was not ready in time. */
  prepared: { peer: CallPeer; held: HeldPeerOptions } | null;
  /** The clinic's offer, for a peer made now. */
  offer: string | null;
}

export interface PreparedAnswersDependencies {
  /** The camera and microphone (already open for the ringing preview). */
  open(): Promise<MediaStream | null>;
  /** The options a call's peer is made with (the same as for a peer made once connected);
   * `peerOf` gives the peer they belong to, once made. */
  optionsFor(
    callId: string,
    stream: MediaStream | null,
    iceServers: IceServer[],
    peerOf: () => CallPeer | null,
  ): CallPeerOptions;
}

export class PreparedAnswers {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly deps: PreparedAnswersDependencies) {}

  /** A call rings here, with the clinic's offer if it is already made. */
  ringing(callId: string, offer: string | null, iceServers: IceServer[]): void {
    if (this.entries.has(callId)) return;
    this.entries.set(callId, { offer, iceServers, preparing: false, peer: null, held: null });
    this.prepare(callId);
  }

  /** The clinic's offer for a ringing call; false when the call does not ring here. */
  offer(callId: string, sdp: string): boolean {
    const entry = this.entries.get(callId);
    if (!entry) return false;
    if (entry.offer === null) {
      entry.offer = sdp;
      this.prepare(callId);
    }
    return true;
  }

  /** The hub connected the call to this page: its peer (when ready) and offer, forgotten here. */
  take(callId: string): PreparedCall | null {
    const entry = this.entries.get(callId);
    if (!entry) return null;
    this.entries.delete(callId);
    const { peer, held, offer } = entry;
    return { prepared: peer && held ? { peer, held } : null, offer };
  }

  /** The call stopped ringing here: its peer closes, nothing it made is sent. */
  drop(callId: string): void {
    const entry = this.entries.get(callId);
    if (!entry) return;
    this.entries.delete(callId);
    entry.held?.discard();
    entry.peer?.close();
  }

  dropAll(): void {
    for (const callId of [...this.entries.keys()]) this.drop(callId);
  }

  private prepare(callId: string): void {
    const entry = this.entries.get(callId);
    if (!entry || entry.preparing || entry.offer === null) return;
    const busy = [...this.entries.values()].filter((other) => other.preparing).length;
    if (busy >= MAX_PREPARED) return;
    entry.preparing = true;
    void this.deps.open().then((stream) => {
      // Taken before the camera opened (the peer is made the usual way) or dropped.
      if (this.entries.get(callId) !== entry || entry.offer === null) return;
      let made: CallPeer | null = null;
      const options = this.deps.optionsFor(callId, stream, entry.iceServers, () => made);
      const held = holdUntilConnected(options);
      const peer = new CallPeer(held.options);
      made = peer;
      peer.signal({ kind: 'offer', sdp: entry.offer });
      entry.peer = peer;
      entry.held = held;
    });
  }
}
