// Screen updates that wait while this page answers a call. Between the hub's `call.connected`
// and the answer leaving, the page's main thread is the call's critical path: the offer's
// message, setRemoteDescription, createAnswer and setLocalDescription each resolve as a task
// that would queue behind a render of the call screen (software-painted on clinic laptops).
// Once the answer is sent the page only waits on ICE and DTLS, which run off the main thread,
// so that is when the call screen, the presence change and the remote video are rendered.
// Never longer than `maxHoldMs`: an offer that does not come must not freeze the screen.

export class AnswerGate {
  private callId: string | null = null;
  private held: (() => void)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly maxHoldMs = 1000) {}

  /** Holds screen updates from now until this page answers `callId` (or the time is up). */
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

  /** This page sent a signal: its answer for the held call opens the gate. */
  sent(callId: string, kind: string): void {
    if (kind === 'answer' && callId === this.callId) this.release();
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
