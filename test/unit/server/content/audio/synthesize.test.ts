import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlannedClip } from '../../../../../server/content/audio/plan-clips';
import { synthesize, type Speak } from '../../../../../server/content/audio/synthesize';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function clip(card: string): PlannedClip {
  const base = { language: 'fr', voice: 'fr-fr', borrowed: false, text: card };
  return { ...base, card, file: `fr/${card}.0123456789abcdef.ogg` };
}

describe('synthesize', () => {
  it('speaks only the clips missing from the cache and reports failures', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'audio-'));
    made.push(cache);
    const spoken: string[] = [];
    const speak: Speak = (planned, outFile) => {
      if (planned.card === 'broken') return Promise.reject(new Error('no such voice'));
      spoken.push(planned.card);
      writeFileSync(outFile, 'RIFF');
      return Promise.resolve();
    };
    const first = await synthesize([clip('a'), clip('b'), clip('broken')], cache, speak);
    expect(first).toMatchObject({ made: 2, cached: 0, failed: [{ reason: 'no such voice' }] });
    expect(existsSync(join(cache, 'fr/a.0123456789abcdef.ogg'))).toBe(true);

    const second = await synthesize([clip('a'), clip('b')], cache, speak);
    expect(second).toMatchObject({ made: 0, cached: 2, failed: [] });
    expect(spoken).toEqual(['a', 'b']);
  });
});

describe('synthesize with several workers', () => {
  it('runs at most `concurrency` clips at a time and reports progress', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'audio-'));
    made.push(cache);
    let running = 0;
    let peak = 0;
    const speak: Speak = async (_planned, outFile) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      writeFileSync(outFile, 'OggS');
      running -= 1;
    };
    const progress: number[] = [];
    const result = await synthesize(['a', 'b', 'c', 'd', 'e'].map(clip), cache, speak, {
      concurrency: 2,
      onClip: (done) => progress.push(done),
    });
    expect(result.made).toBe(5);
    expect(peak).toBe(2);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
  });
});
