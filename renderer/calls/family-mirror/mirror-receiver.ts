// The family page's side of the mirror: answers the doctor page's offer and shows the
// interpreter's video once the local connection is up. Anything that goes wrong only hides
// the video; the family screen itself never depends on it.
import type {
  FamilyMirrorSignal,
  MirrorToFamilyInput,
} from '../../../shared/bridge/calls-contract';

interface Mirror {
  pc: RTCPeerConnection;
  mirrorId: string;
  stream: MediaStream | null;
  /** The offer, then each candidate, applied strictly in order. */
  queue: Promise<void>;
}

export interface MirrorReceiverOptions {
  sessionId: string;
  /** This page's id, sent with its heartbeats; offers for another page are not ours. */
  screenId: string;
  send: (signal: FamilyMirrorSignal) => void;
  /** The video to show, or null (nothing connected). */
  onStream: (stream: MediaStream | null) => void;
}

export class MirrorReceiver {
  private mirror: Mirror | null = null;

  constructor(private readonly options: MirrorReceiverOptions) {}

  handle(event: MirrorToFamilyInput): void {
    const { sessionId, screenId } = this.options;
    if (event.sessionId !== sessionId || event.screenId !== screenId) return;
    const { mirrorId, signal } = event;
    if (signal.type === 'offer') {
      this.drop();
      this.accept(mirrorId, signal.sdp);
      return;
    }
    const mirror = this.mirror;
    if (mirror?.mirrorId !== mirrorId) return;
    if (signal.type === 'close') {
      this.drop();
      return;
    }
    mirror.queue = mirror.queue
      .then(() =>
        mirror.pc.addIceCandidate({
          candidate: signal.candidate,
          sdpMid: signal.sdpMid,
          sdpMLineIndex: signal.sdpMLineIndex,
        }),
      )
      .catch(() => undefined); // one bad candidate is not fatal; another pair may work
  }

  /** Closes the current mirror (the call ended, the page is leaving). */
  drop(): void {
    const mirror = this.mirror;
    this.mirror = null;
    if (!mirror) return;
    mirror.pc.close();
    this.options.onStream(null);
  }

  private accept(mirrorId: string, sdp: string): void {
    const pc = new RTCPeerConnection({ iceServers: [] });
    const mirror: Mirror = { pc, mirrorId, stream: null, queue: Promise.resolve() };
    this.mirror = mirror;
    pc.ontrack = ({ track }) => {
      mirror.stream = new MediaStream([track]);
      this.show(mirror);
    };
    pc.onconnectionstatechange = () => {
      this.show(mirror);
    };
    pc.onicecandidate = ({ candidate }) => {
      if (!candidate?.candidate || this.mirror !== mirror) return;
      this.options.send({
        type: 'candidate',
        mirrorId,
        candidate: candidate.candidate,
        sdpMid: candidate.sdpMid,
        sdpMLineIndex: candidate.sdpMLineIndex,
      });
    };
    mirror.queue = (async () => {
      await pc.setRemoteDescription({ type: 'offer', sdp });
      const answer = await pc.createAnswer();
      await pc.setLocalDescription(answer);
      if (this.mirror === mirror)
        this.options.send({ type: 'answer', mirrorId, sdp: answer.sdp ?? '' });
    })().catch(() => {
      if (this.mirror === mirror) this.drop();
    });
  }

  /** The video shows only while media can flow; a dropped link hides it until it is back. */
  private show(mirror: Mirror): void {
    if (this.mirror !== mirror) return;
    const up = mirror.pc.connectionState === 'connected' && mirror.stream !== null;
    this.options.onStream(up ? mirror.stream : null);
  }
}
