// When and how a call recovers its media path, apart from WebRTC so the rules are testable
// with fake timers: `disconnected` for a moment or `failed` starts recovery, retried every few
// seconds until ICE is connected again (a TURN server coming back needs a fresh allocation,
// which only a restart's new gathering makes). Only the offering side (the clinic) can restart
// ICE; the interpreter's side asks it to, through the hub, so whichever side notices a failure
// first starts the recovery instead of waiting for the other to notice too.

/** `disconnected` often heals by itself within a second or two; past this, restart. */
export const DISCONNECTED_GRACE_MS = 1500;
/** While not connected, restart (or ask for a restart) again this often. */
export const RESTART_RETRY_MS = 2500;

export interface RecoveryActions {
  /** Clinic: offer again with `iceRestart`. */
  restartIce(): void;
  /** Interpreter: ask the clinic to restart ICE (a `restart-ice` signal through the hub). */
  askForRestart(): void;
}

export type RecoveryLink = 'connected' | 'reconnecting';

export class IceRecovery {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private everConnected = false;
  private closed = false;
  /** When the clinic last restarted (ms); a restart needs time to gather and check. */
  private restartedAt = -Infinity;

  constructor(
    private readonly role: 'clinic' | 'interpreter',
    private readonly actions: RecoveryActions,
    private readonly timing = {
      graceMs: DISCONNECTED_GRACE_MS,
      retryMs: RESTART_RETRY_MS,
      now: () => Date.now(),
    },
  ) {}

  get hasConnected(): boolean {
    return this.everConnected;
  }

  /** The new link state to show, or null when it does not change. */
  iceChanged(ice: RTCIceConnectionState): RecoveryLink | null {
    if (this.closed) return null;
    if (ice === 'connected' || ice === 'completed') {
      this.clear();
      this.connected = true;
      this.everConnected = true;
      return 'connected';
    }
    if (!this.everConnected) return null; // first set-up: ICE is still working on it
    if (ice !== 'disconnected' && ice !== 'failed') return null;
    this.connected = false;
    if (ice === 'failed') this.recoverNow();
    else this.recoverSoon(this.timing.graceMs);
    return 'reconnecting';
  }

  /** The hub link came back after a drop: if media is down too, recover now. */
  signalingResumed(): void {
    if (!this.closed && this.everConnected && !this.connected) this.recoverNow();
  }

  /** Clinic: the interpreter's side saw the path fail (it may be first to notice). A restart
   * of its own less than a round ago is still gathering and checking: restarting again now
   * would roll it back before it could succeed, so the request waits for the next round. */
  restartRequested(): void {
    if (this.role !== 'clinic' || this.closed || !this.everConnected) return;
    if (this.timing.now() - this.restartedAt < this.timing.retryMs) return;
    this.recoverNow();
  }

  close(): void {
    this.closed = true;
    this.clear();
  }

  private recoverSoon(delayMs: number): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.closed && !this.connected) this.recoverNow();
    }, delayMs);
  }

  private recoverNow(): void {
    this.clear();
    if (this.role === 'clinic') {
      this.restartedAt = this.timing.now();
      this.actions.restartIce();
    } else {
      this.actions.askForRestart();
    }
    // Not back by the next round (the TURN server still down, a message lost): again.
    this.recoverSoon(this.timing.retryMs);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
