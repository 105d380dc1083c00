import { describe, expect, it } from 'vitest';
import { ClipPlayer, type AudioLike } from '../../../../../renderer/family/audio/clip-player';

/** An audio element whose events and play() outcome the test drives. */
class FakeAudio implements AudioLike {
  src = '';
  currentTime = 0;
  paused = true;
  plays = 0;
  nextPlay: () => Promise<void> = () => Promise.resolve();
  private readonly listeners = new Map<string, (() => void)[]>();

  play(): Promise<void> {
    this.plays += 1;
    this.paused = false;
    return this.nextPlay();
  }
  pause(): void {
    this.paused = true;
  }
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: 'playing' | 'ended' | 'error'): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
}

function setup() {
  const audio = new FakeAudio();
  let created = 0;
  const player = new ClipPlayer(() => {
    created += 1;
    return audio;
  });
  return { audio, player, created: () => created };
}

const A = 'http://x/audio/fr/a.0123456789abcdef.ogg';
const B = 'http://x/audio/fr/b.0123456789abcdef.ogg';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ClipPlayer', () => {
  it('creates no audio element before the first sound', () => {
    const { player, created } = setup();
    expect(player.status(A)).toBe('idle');
    expect(created()).toBe(0);
  });

  it('plays a clip, reports playing then idle when it ends', () => {
    const { audio, player } = setup();
    player.play(A);
    expect(audio.src).toBe(A);
    expect(player.status(A)).toBe('loading');
    audio.emit('playing');
    expect(player.status(A)).toBe('playing');
    audio.emit('ended');
    expect(player.status(A)).toBe('idle');
  });

  it('a new clip stops the previous one; replay restarts from the start', () => {
    const { audio, player } = setup();
    player.play(A);
    audio.emit('playing');
    player.play(B);
    expect(audio.src).toBe(B);
    expect(player.status(A)).toBe('idle');
    audio.currentTime = 1.5;
    player.play(B);
    expect(audio.currentTime).toBe(0);
    expect(audio.plays).toBe(3);
  });

  it('a clip that fails to load switches to "failed" and is never played again', () => {
    const { audio, player } = setup();
    const seen: string[] = [];
    player.subscribe(() => seen.push(player.status(A)));
    player.play(A);
    audio.emit('error');
    expect(player.status(A)).toBe('failed');
    player.play(A);
    expect(audio.plays).toBe(1);
    expect(seen.at(-1)).toBe('failed');
  });

  it('treats a refused autoplay as "blocked", not as a missing clip', async () => {
    const { audio, player } = setup();
    audio.nextPlay = () => Promise.reject(new DOMException('no gesture', 'NotAllowedError'));
    player.play(A);
    await flush();
    expect(player.status(A)).toBe('blocked');
  });

  it('ignores the abort of a clip replaced by a newer one', async () => {
    const { audio, player } = setup();
    audio.nextPlay = () => Promise.reject(new DOMException('interrupted', 'AbortError'));
    player.play(A);
    audio.nextPlay = () => Promise.resolve();
    player.play(B);
    await flush();
    expect(player.status(A)).toBe('idle');
    expect(player.status(B)).toBe('loading');
  });

  it('stops only its own clip', () => {
    const { audio, player } = setup();
    player.play(B);
    player.stop(A);
    expect(audio.paused).toBe(false);
    player.stop(B);
    expect(audio.paused).toBe(true);
  });
});
