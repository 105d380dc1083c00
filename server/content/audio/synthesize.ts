// Runs espeak-ng for the clips that are not in the cache yet. execFile, never a shell: the text
// comes from content files and must not be interpreted. Returns what it made and what failed.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { PlannedClip } from './plan-clips';

const run = promisify(execFile);

export type Speak = (clip: PlannedClip, outFile: string) => Promise<void>;

export const espeakNg: Speak = async (clip, outFile) => {
  // -s 140: a little slower than the default 175 words/min, for listeners new to the voice.
  await run('espeak-ng', ['-v', clip.voice, '-s', '140', '-w', outFile, '--', clip.text]);
};

export interface SynthesisResult {
  made: number;
  cached: number;
  failed: { clip: PlannedClip; reason: string }[];
}

export async function synthesize(
  clips: readonly PlannedClip[],
  cacheDir: string,
  speak: Speak = espeakNg,
): Promise<SynthesisResult> {
  const result: SynthesisResult = { made: 0, cached: 0, failed: [] };
  for (const clip of clips) {
    const outFile = join(cacheDir, clip.file);
    if (existsSync(outFile)) {
      result.cached += 1;
      continue;
    }
    mkdirSync(dirname(outFile), { recursive: true });
    try {
      await speak(clip, outFile);
      result.made += 1;
    } catch (error) {
      result.failed.push({ clip, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
