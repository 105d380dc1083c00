// Actions a call makes before it may act on them, run in order once it may: a peer set up
// while its call still rings (decision 0075) makes its signaling and link news early, and
// they must reach the hub, or the screen, only once the call is connected.

export class HeldActions {
  private held: (() => void)[] | null = [];

  /** True once open: actions run at once. */
  get isOpen(): boolean {
    return this.held === null;
  }

  /** Runs `action` now when open, else keeps it for `open()`. */
  run(action: () => void): void {
    if (this.held === null) action();
    else this.held.push(action);
  }

  /** Runs what was kept, in the order it came, and everything after at once. */
  open(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const action of held) action();
  }

  /** Forgets what was kept and never runs anything again (the call is over). */
  discard(): void {
    this.held = [];
  }
}
