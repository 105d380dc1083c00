import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipQueueFull, createClipQueue } from '../../../../../server/content/audio/clip-queue';
import type { PlannedClip } from '../../../../../server/content/audio/plan-clips';
import type { Speak } from '../../../../../server/content/audio/speak-opus';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function clip(card: string): PlannedClip {
  return {
    card,
    language: 'fr',
    voice: 'fr-fr',
    borrowed: false,
    text: card,
    file: `${card}.0123456789abcdef.ogg`,
  };
}

/** A speaker whose clips finish when the test says so. */
function manualSpeaker() {
  const started: string[] = [];
  /** The clips made ahead of time (asked to yield the CPU). */
  const yielding: string[] = [];
  const finish = new Map<string, () => void>();
  const speak: Speak = (planned, outFile, options) => {
    started.push(planned.card);
    if (options?.background) yielding.push(planned.card);
    return new Promise((resolve) => {
      finish.set(planned.card, () => {
        writeFileSync(outFile, 'OggS');
        resolve();
      });
    });
  };
  /** Waits until the clip has started (the queue checks the disk first), then finishes it. */
  const release = async (card: string) => {
    const done = await vi.waitFor(() => {
      const found = finish.get(card);
      if (!found) throw new Error(`${card} not started`);
      return found;
    });
    finish.delete(card);
    done();
    await tick();
  };
  return { speak, started, yielding, release };
}

function cache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clip-queue-'));
  dirs.push(dir);
  return dir;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('createClipQueue', () => {
  it('makes a clip once however many callers ask for it at the same time', async () => {
    const speaker = manualSpeaker();
    const queue = createClipQueue({ cacheDir: cache(), speak: speaker.speak });
    const calls = [queue.get(clip('a'), 'now'), queue.get(clip('a'), 'now')];
    await vi.waitFor(() => {
      expect(speaker.started).toEqual(['a']);
    });
    calls.push(queue.get(clip('a'), 'background'));
    await speaker.release('a');
    const paths = await Promise.all(calls);
    expect(new Set(paths).size).toBe(1);
    expect(existsSync(paths[0] ?? '')).toBe(true);
    expect(speaker.started).toEqual(['a']);
  });

  it('serves a cached clip without speaking', async () => {
    const dir = cache();
    writeFileSync(join(dir, clip('a').file), 'OggS');
    const speaker = manualSpeaker();
    const queue = createClipQueue({ cacheDir: dir, speak: speaker.speak });
    expect(await queue.get(clip('a'), 'now')).toBe(join(dir, clip('a').file));
    expect(speaker.started).toEqual([]);
  });

  it('runs two workers, pre-warming on one only, and lets a waiting screen jump the queue', async () => {
    const speaker = manualSpeaker();
    const queue = createClipQueue({ cacheDir: cache(), speak: speaker.speak, workers: 2 });
    const cards = ['b1', 'b2', 'b3'];
    for (const card of cards) void queue.get(clip(card), 'background');
    await vi.waitFor(() => {
      expect(queue.size()).toBe(3);
    });
    // Which pre-warm goes first depends on which cache check answers first: any one.
    await vi.waitFor(() => {
      expect(speaker.started).toHaveLength(1);
    });
    await tick();
    expect(speaker.started).toHaveLength(1); // the second core stays free for screens
    const [first = ''] = speaker.started;
    const [later = '', needed = ''] = cards.filter((card) => card !== first);
    const wanted = queue.get(clip(needed), 'now'); // a screen now needs a waiting clip
    await vi.waitFor(() => {
      expect(speaker.started).toEqual([first, needed]);
    });
    // Only the pre-warm yields the CPU; the clip a screen waits for runs at full priority.
    expect(speaker.yielding).toEqual([first]);
    await speaker.release(needed);
    await expect(wanted).resolves.toContain(needed);
    await speaker.release(first);
    await vi.waitFor(() => {
      expect(speaker.started).toEqual([first, needed, later]);
    });
    await speaker.release(later);
    await vi.waitFor(() => {
      expect(queue.size()).toBe(0);
    });
  });

  it('refuses new on-demand clips once too many are waiting', async () => {
    const speaker = manualSpeaker();
    const queue = createClipQueue({
      cacheDir: cache(),
      speak: speaker.speak,
      workers: 1,
      maxWaiting: 1,
    });
    queue.get(clip('a'), 'now').catch(() => undefined); // running
    await vi.waitFor(() => {
      expect(speaker.started).toEqual(['a']);
    });
    queue.get(clip('b'), 'now').catch(() => undefined); // waiting, dropped by clear()
    await vi.waitFor(() => {
      expect(queue.size()).toBe(2);
    });
    await expect(queue.get(clip('c'), 'now')).rejects.toBeInstanceOf(ClipQueueFull);
    queue.clear();
    await speaker.release('a');
  });

  it('reports a failed synthesis to every caller and lets a later call retry', async () => {
    let attempts = 0;
    const speak: Speak = (_planned, outFile) => {
      attempts += 1;
      if (attempts === 1) return Promise.reject(new Error('espeak-ng exited with 1'));
      writeFileSync(outFile, 'OggS');
      return Promise.resolve();
    };
    const queue = createClipQueue({ cacheDir: cache(), speak });
    await expect(queue.get(clip('a'), 'now')).rejects.toThrow('espeak-ng exited with 1');
    await expect(queue.get(clip('a'), 'now')).resolves.toContain('a.0123456789abcdef.ogg');
  });
});
