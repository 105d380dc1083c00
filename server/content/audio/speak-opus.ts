// One clip: espeak-ng's WAV on stdout piped into opusenc, written beside the target and renamed
// into place, so a reader (the web shell, a concurrent run) never sees half a file. Programs are
// spawned directly, never through a shell: the text comes from content files and must not be
// interpreted. The Ogg serial number is fixed per clip so the same text gives the same bytes.
// A clip made ahead of time (pre-warming) runs at the lowest CPU priority: on a clinic PC with
// two cores, a language's few hundred clips otherwise take a whole core from the family's
// screen just as it loads.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { dirname } from 'node:path';
import { OPUS_ARGS, SPEECH_RATE } from './audio-format';
import type { PlannedClip } from './plan-clips';

export interface SpeakOptions {
  /** Made ahead of time, nobody waiting: yield the CPU to everything else. */
  background?: boolean;
}

export type Speak = (clip: PlannedClip, outFile: string, options?: SpeakOptions) => Promise<void>;

/** Lowest priority: nice 19 on Linux and macOS, the idle class on Windows. */
export const BACKGROUND_PRIORITY = 19;

/** Lowers a helper process's priority; a process that already exited or a system that refuses
 * only costs the clip its politeness, never the clip itself. */
function yieldCpu(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    setPriority(child.pid, BACKGROUND_PRIORITY);
  } catch {
    // ESRCH (already done) or EACCES: the clip is still made, at normal priority.
  }
}

function serialOf(file: string): string {
  // 31 bits: opusenc parses the serial as a signed int.
  return String(createHash('sha256').update(file).digest().readUInt32BE(0) & 0x7fffffff);
}

function finished(child: ReturnType<typeof spawn>, name: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'ENOENT' ? `${name} is not installed` : error.message));
    });
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${name} exited with ${String(code)}: ${stderr.trim().slice(0, 200)}`));
    });
  });
}

export const espeakToOpus: Speak = async (clip, outFile, options = {}) => {
  await mkdir(dirname(outFile), { recursive: true });
  const partial = `${outFile}.${String(process.pid)}.${String(Math.random()).slice(2, 8)}.part`;
  const espeak = spawn(
    'espeak-ng',
    ['-v', clip.voice, '-s', String(SPEECH_RATE), '--stdout', '--', clip.text],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const opus = spawn('opusenc', [...OPUS_ARGS, '--serial', serialOf(clip.file), '-', partial], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  if (options.background) {
    yieldCpu(espeak);
    yieldCpu(opus);
  }
  // A failed encoder closes its stdin: that EPIPE is reported through its exit code instead.
  opus.stdin.on('error', () => undefined);
  espeak.stdout.pipe(opus.stdin);
  try {
    await Promise.all([finished(espeak, 'espeak-ng'), finished(opus, 'opusenc')]);
    await rename(partial, outFile);
  } catch (error) {
    espeak.kill();
    opus.kill();
    await rm(partial, { force: true });
    throw error;
  }
};
