// Screen updates that wait while this page sets up a call, on both sides. From the hub's
// `call.connected` until the other party's media arrives, every step of the set-up is a
// main-thread task on one side or the other (the answer's message, setRemoteDescription, ICE
// and DTLS events, reading the first frame's stats) or CPU the first video frame needs
// (encoding it at the interpreter, decoding it at the clinic). A render of the call screen
// with its two videos, software-painted on a clinic laptop, would delay them all; each side
// keeps its ringing screen ("Appel accepté, connexion…" for the interpreter) meanwhile and
// gets the call screen with the video already playing. Never longer than `maxHoldMs` from the hold: media
// that does not come must not keep the call screen (and its hang-up button) away.

export class MediaGate {
  private callId: string | null = null;
  private held: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly maxHoldMs = 1000) {}

  /** Holds screen updates from now until media of `callId` flows (or the time is up). */
  hold(callId: string): void {
    this.release();
    this.callId = callId;
    this.timer = setTimeout(() => {
      this.release();
    }, this.maxHoldMs);
  }

  /** Runs `update` now, or in order once the gate opens. */
  run(update: () => void): void {
    if (this.callId === null) update();
    else this.held.push(update);
  }

  /** The other party's media reached this page: the held call's screen can show. */
  flowing(callId: string): void {
    if (callId === this.callId) this.release();
  }

  /** Opens the gate and runs what it held, in the order it came. */
  release(): void {
    clearTimeout(this.timer);
    this.callId = null;
    const held = this.held;
    this.held = [];
    for (const update of held) update();
  }
}
