// One voice for the family's screen: a single audio element, so a new clip (the next card, a
// language tile) always stops the previous one and two clips never talk over each other.
// It remembers clips that failed to load, so their button turns into the plain "no sound"
// state instead of a play button that stays silent. No React and no DOM types beyond what
// it is given: tested with a fake element.

/** The part of HTMLAudioElement the player uses. */
export interface AudioLike {
  src: string;
  currentTime: number;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: 'ended' | 'error' | 'playing', listener: () => void): void;
}

/** `blocked`: the browser refused to start sound before a touch; the replay button still works. */
export type ClipStatus = 'idle' | 'loading' | 'playing' | 'blocked' | 'failed';

export class ClipPlayer {
  private element: AudioLike | null = null;
  private current: string | null = null;
  private currentStatus: ClipStatus = 'idle';
  private readonly failed = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly createElement: () => AudioLike) {}

  /** Plays `url` (absolute) from the start, stopping whatever was playing. */
  play(url: string): void {
    if (this.failed.has(url)) return;
    const element = this.audio();
    element.pause();
    this.current = url;
    this.set('loading');
    if (element.src === url) element.currentTime = 0;
    else element.src = url;
    const playing = this.current;
    element.play().catch((error: unknown) => {
      if (this.current !== playing) return; // replaced by a newer clip: not this clip's fault
      const name = error instanceof Error || error instanceof DOMException ? error.name : '';
      if (name === 'NotAllowedError') this.set('blocked');
      else if (name !== 'AbortError') this.fail(playing);
    });
  }

  /** Stops `url` if it is the one playing (a card leaving the screen stops only its own clip). */
  stop(url?: string): void {
    if (!this.element || (url !== undefined && url !== this.current)) return;
    this.element.pause();
    this.set('idle');
  }

  status(url: string): ClipStatus {
    if (this.failed.has(url)) return 'failed';
    return url === this.current ? this.currentStatus : 'idle';
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private audio(): AudioLike {
    if (this.element) return this.element;
    const element = this.createElement();
    element.addEventListener('playing', () => {
      this.set('playing');
    });
    element.addEventListener('ended', () => {
      this.set('idle');
    });
    element.addEventListener('error', () => {
      if (this.current) this.fail(this.current);
    });
    this.element = element;
    return element;
  }

  private fail(url: string): void {
    this.failed.add(url);
    if (url === this.current) this.currentStatus = 'failed';
    this.changed();
  }

  private set(status: ClipStatus): void {
    this.currentStatus = status;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

let shared: ClipPlayer | null = null;

/** The page's one player (created on first use: no audio element before any sound). */
export function familyClipPlayer(): ClipPlayer {
  shared ??= new ClipPlayer(() => new Audio());
  return shared;
}
