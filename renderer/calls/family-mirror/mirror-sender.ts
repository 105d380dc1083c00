// The doctor's side of the family-screen mirror: forwards the interpreter's video track to a
// family page over a local RTCPeerConnection (same machine: no ICE servers, host candidates
// only), offering to the screen that announced itself with `ready` heartbeats. No audio: the
// doctor's page already plays it, and the room must hear the interpreter once. No video
// either while the interpreter is audio-only (setVideoWanted).
// Self-healing by design: a mirror that failed, closed or never connected is dropped, and the
// family page's next heartbeat (every few seconds) brings a fresh offer.
import {
  MIRROR_NO_FAMILY_SCREEN,
  MIRROR_SCREEN_TTL_MS,
  type DoctorMirrorSignal,
  type MirrorToDoctorInput,
} from '../../../shared/bridge/calls-contract';
import type { BridgeClient } from '../../../shared/bridge/contract';

interface Mirror {
  pc: RTCPeerConnection;
  screenId: string;
  mirrorId: string;
  startedAt: number;
  /** Remote descriptions and candidates are applied in order, one after the other. */
  queue: Promise<void>;
  /** Candidates found before the offer went out wait here: the offer must arrive first. */
  early: DoctorMirrorSignal[] | null;
}

export class MirrorSender {
  private stream: MediaStream | null = null;
  private mirror: Mirror | null = null;
  /** Family screens by id, with when each was last heard from. */
  private readonly screens = new Map<string, number>();
  private disposed = false;
  /** False while the interpreter is audio-only: their track (if any) carries black frames. */
  private videoWanted = true;

  constructor(
    private readonly bridge: Pick<BridgeClient, 'call'>,
    private readonly sessionId: string,
    private readonly now: () => number = () => performance.now(),
  ) {}

  setStream(stream: MediaStream | null): void {
    if (stream === this.stream) return;
    this.stream?.removeEventListener('addtrack', this.onAddTrack);
    this.stream = stream;
    stream?.addEventListener('addtrack', this.onAddTrack);
    this.stop(true);
    this.start();
  }

  /** Stops the mirror while the interpreter is audio-only (the family page shows its sign
   * instead of a black box) and offers again when their video is back. */
  setVideoWanted(wanted: boolean): void {
    if (wanted === this.videoWanted) return;
    this.videoWanted = wanted;
    if (wanted) this.start();
    else this.stop(true);
  }

  handle(event: MirrorToDoctorInput): void {
    if (event.sessionId !== this.sessionId || this.disposed) return;
    const { screenId, signal } = event;
    const mirror = this.mirror;
    if (signal.type === 'ready') {
      this.screens.set(screenId, this.now());
      if (this.needsNewMirror()) {
        this.stop(true);
        this.start();
      }
    } else if (signal.type === 'bye') {
      this.screens.delete(screenId);
      if (mirror?.screenId === screenId) {
        this.stop(false);
        this.start();
      }
    } else if (mirror?.screenId === screenId && mirror.mirrorId === signal.mirrorId) {
      const { pc } = mirror;
      const apply =
        signal.type === 'answer'
          ? () => pc.setRemoteDescription({ type: 'answer', sdp: signal.sdp })
          : () =>
              pc.addIceCandidate({
                candidate: signal.candidate,
                sdpMid: signal.sdpMid,
                sdpMLineIndex: signal.sdpMLineIndex,
              });
      mirror.queue = mirror.queue.then(apply).catch(() => {
        this.drop(mirror);
      });
    }
  }

  dispose(): void {
    this.stop(true);
    this.stream?.removeEventListener('addtrack', this.onAddTrack);
    this.stream = null;
    this.disposed = true;
  }

  // The interpreter's video may arrive after their audio: try again when it does.
  private readonly onAddTrack = () => {
    if (!this.mirror) this.start();
  };

  private freshScreen(): string | null {
    const now = this.now();
    let newest: [string, number] | null = null;
    for (const [id, seenAt] of this.screens) {
      if (now - seenAt > MIRROR_SCREEN_TTL_MS) this.screens.delete(id);
      else if (!newest || seenAt > newest[1]) newest = [id, seenAt];
    }
    return newest?.[0] ?? null;
  }

  /** Keep a healthy mirror (two open family pages must not make it flip back and forth);
   * replace one that failed, closed, never connected, or whose screen went quiet. */
  private needsNewMirror(): boolean {
    const mirror = this.mirror;
    if (!mirror) return true;
    const state = mirror.pc.connectionState;
    if (state === 'failed' || state === 'closed') return true;
    if (state !== 'connected' && this.now() - mirror.startedAt > MIRROR_SCREEN_TTL_MS) return true;
    const seenAt = this.screens.get(mirror.screenId);
    return seenAt === undefined || this.now() - seenAt > MIRROR_SCREEN_TTL_MS;
  }

  private start(): void {
    const stream = this.stream;
    const track = stream?.getVideoTracks()[0];
    const screenId = this.freshScreen();
    if (this.disposed || this.mirror || !this.videoWanted || !track || screenId === null) return;
    const pc = new RTCPeerConnection({ iceServers: [] });
    const mirror: Mirror = {
      pc,
      screenId,
      mirrorId: crypto.randomUUID(),
      startedAt: this.now(),
      queue: Promise.resolve(),
      early: [],
    };
    this.mirror = mirror;
    pc.addTransceiver(track, { direction: 'sendonly' });
    pc.onicecandidate = ({ candidate }) => {
      if (!candidate?.candidate) return;
      const signal: DoctorMirrorSignal = {
        type: 'candidate',
        candidate: candidate.candidate,
        sdpMid: candidate.sdpMid,
        sdpMLineIndex: candidate.sdpMLineIndex,
      };
      if (mirror.early) mirror.early.push(signal);
      else void this.send(mirror, signal);
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') this.drop(mirror);
    };
    mirror.queue = (async () => {
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      if (!(await this.send(mirror, { type: 'offer', sdp: offer.sdp ?? '' }))) return;
      const early = mirror.early ?? [];
      mirror.early = null;
      for (const signal of early) void this.send(mirror, signal);
    })().catch(() => {
      this.drop(mirror);
    });
  }

  /** Sends one signal; false (and the mirror dropped) when it could not be delivered. */
  private async send(mirror: Mirror, signal: DoctorMirrorSignal): Promise<boolean> {
    if (this.mirror !== mirror && signal.type !== 'close') return false;
    const result = await this.bridge.call('calls.mirrorToFamily', {
      sessionId: this.sessionId,
      screenId: mirror.screenId,
      mirrorId: mirror.mirrorId,
      signal,
    });
    if (result.ok) return true;
    if (result.error.code === MIRROR_NO_FAMILY_SCREEN) this.screens.delete(mirror.screenId);
    this.drop(mirror);
    return false;
  }

  private drop(mirror: Mirror): void {
    mirror.pc.close();
    if (this.mirror === mirror) this.mirror = null;
  }

  private stop(notify: boolean): void {
    const mirror = this.mirror;
    if (!mirror) return;
    this.mirror = null;
    if (notify) void this.send(mirror, { type: 'close' });
    mirror.pc.close();
  }
}
