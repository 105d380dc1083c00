// One WebRTC call between the clinic (offering side) and the interpreter: media, the data
// channel, signaling through the hub, and the reliability rules simple-peer lacks:
// - ICE restart (ice-recovery.ts): `disconnected` for a moment or `failed` on either side
//   makes the clinic offer again with `iceRestart` (the interpreter's side asks for it with a
//   `restart-ice` signal), retried every few seconds until media flows again;
// - a TURN server refusing the credential (expired, wrong secret) or no relay candidate at all
//   under a relay-only policy is a clear failure within seconds, not a silent "connecting".
import type { IceServer, SignalPayload } from '../../shared/hub/call-messages';
import {
  decodePeerMessage,
  encodePeerMessage,
  type PeerMessage,
} from '../../shared/calls/peer-messages';
import { snapshotOf, type StatsSnapshot } from './call-quality';
import { IceRecovery } from './ice-recovery';
import { RestartablePeer } from './restartable-peer';
import { fromHubSignal, toHubSignal } from './signal-mapping';

export type LinkState = 'connecting' | 'connected' | 'reconnecting' | 'failed';
/** Why a call could not be set up: said plainly to the doctor and the interpreter. */
export type LinkFailure = 'turn-refused' | 'no-relay' | 'peer-error';

export interface CallPeerOptions {
  role: 'clinic' | 'interpreter';
  stream: MediaStream | null;
  iceServers: readonly IceServer[];
  /** Media through TURN only (tests, and clinics whose network forbids direct media). */
  relayOnly: boolean;
  sendSignal(signal: SignalPayload): void;
  onLink(state: LinkState, failure?: LinkFailure): void;
  onRemoteStream(stream: MediaStream): void;
  onMessage(message: PeerMessage): void;
  /** The data channel is open: what `send` refused before ICE finished can go now. */
  onChannelOpen?(): void;
}

export class CallPeer {
  private readonly peer: RestartablePeer;
  private state: LinkState = 'connecting';
  private readonly recovery: IceRecovery;
  private localCandidates = 0;
  private closed = false;

  constructor(private readonly options: CallPeerOptions) {
    const config: RTCConfiguration = {
      iceServers: options.iceServers.map(({ urls, username, credential }) => ({
        urls,
        ...(username === undefined ? {} : { username }),
        ...(credential === undefined ? {} : { credential }),
      })),
      iceTransportPolicy: options.relayOnly ? 'relay' : 'all',
      bundlePolicy: 'max-bundle',
    };
    this.peer = new RestartablePeer({
      initiator: options.role === 'clinic',
      streams: options.stream ? [options.stream] : [],
      config,
      trickle: true,
      objectMode: true,
    });
    this.recovery = new IceRecovery(options.role, {
      restartIce: () => {
        this.peer.restartIce().catch(() => undefined);
      },
      askForRestart: () => {
        options.sendSignal({ kind: 'restart-ice' });
      },
    });
    const pc = this.peer.connection;
    pc.addEventListener('icecandidate', (event) => {
      if (event.candidate?.candidate) this.localCandidates += 1;
    });
    pc.addEventListener('icecandidateerror', (event) => {
      // 401: coturn refused the credential (expired or signed with another secret).
      if (event.errorCode === 401 && !this.recovery.hasConnected) this.fail('turn-refused');
    });
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState !== 'complete' || this.recovery.hasConnected) return;
      if (options.relayOnly && this.localCandidates === 0) this.fail('no-relay');
    });
    this.peer.on('signal', (data) => {
      const signal = toHubSignal(data);
      if (signal) options.sendSignal(signal);
    });
    this.peer.on('stream', (stream) => {
      options.onRemoteStream(stream);
    });
    // ICE may report "connected" before the data channel (DTLS, then SCTP) is open, most
    // visibly on a busy machine: the channel's own open event is when messages can flow.
    this.peer.on('connect', () => {
      options.onChannelOpen?.();
    });
    this.peer.on('data', (data) => {
      if (typeof data !== 'string') return;
      const message = decodePeerMessage(data);
      if (message) options.onMessage(message);
    });
    this.peer.on('iceStateChange', (ice) => {
      this.iceChanged(ice);
    });
    this.peer.on('error', () => {
      if (!this.recovery.hasConnected) this.fail('peer-error');
    });
  }

  get connection(): RTCPeerConnection {
    return this.peer.connection;
  }

  get linkState(): LinkState {
    return this.state;
  }

  /** Signaling from the other party, relayed by the hub. */
  signal(signal: SignalPayload): void {
    if (this.closed || this.peer.destroyed) return;
    if (signal.kind === 'restart-ice') {
      this.recovery.restartRequested();
      return;
    }
    this.peer.signal(fromHubSignal(signal));
  }

  /** Sends on the data channel; false when it is not open (the caller resends on connect). */
  send(message: PeerMessage): boolean {
    if (this.closed || !this.peer.connected) return false;
    try {
      this.peer.send(encodePeerMessage(message));
      return true;
    } catch {
      return false;
    }
  }

  /** The hub link came back after a drop: if media is down too, restart ICE now. */
  signalingResumed(): void {
    this.recovery.signalingResumed();
  }

  async stats(): Promise<StatsSnapshot> {
    return snapshotOf(await this.peer.connection.getStats(), performance.now());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.recovery.close();
    this.peer.destroy();
  }

  private iceChanged(ice: RTCIceConnectionState): void {
    if (this.closed) return;
    const link = this.recovery.iceChanged(ice);
    if (link) this.setState(link);
  }

  private fail(failure: LinkFailure): void {
    if (this.state === 'failed' || this.closed) return;
    this.state = 'failed';
    this.options.onLink('failed', failure);
  }

  private setState(state: LinkState): void {
    if (this.state === state || this.state === 'failed') return;
    this.state = state;
    this.options.onLink(state);
  }
}
