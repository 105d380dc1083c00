// Makes the clips that are not in the cache yet, a few at a time (espeak-ng and opusenc are
// single-threaded: one pair per core). Returns what it made, what was cached and what failed.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlannedClip } from './plan-clips';
import { espeakToOpus, type Speak } from './speak-opus';

export type { Speak } from './speak-opus';

export interface SynthesisResult {
  made: number;
  cached: number;
  failed: { clip: PlannedClip; reason: string }[];
}

export interface SynthesizeOptions {
  concurrency?: number;
  /** Called after each clip, for a progress line. */
  onClip?: (done: number, total: number) => void;
}

export async function synthesize(
  clips: readonly PlannedClip[],
  cacheDir: string,
  speak: Speak = espeakToOpus,
  options: SynthesizeOptions = {},
): Promise<SynthesisResult> {
  const result: SynthesisResult = { made: 0, cached: 0, failed: [] };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < clips.length) {
      const clip = clips[next++];
      if (!clip) break;
      const outFile = join(cacheDir, clip.file);
      if (existsSync(outFile)) {
        result.cached += 1;
      } else {
        try {
          mkdirSync(dirname(outFile), { recursive: true });
          await speak(clip, outFile);
          result.made += 1;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          result.failed.push({ clip, reason });
        }
      }
      options.onClip?.(++done, clips.length);
    }
  };
  const workers = Math.max(1, options.concurrency ?? 1);
  await Promise.all(Array.from({ length: workers }, worker));
  return result;
}
