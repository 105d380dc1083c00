// On-demand synthesis for the web shell: a clip is made once, by one of a few workers, however
// many requests ask for it at the same time. Requests from a screen ("now") go before
// pre-warming ("background"); a pre-warm job that a screen starts waiting for jumps the queue.
// The "now" queue is bounded so a burst of requests fails fast (503) instead of piling up.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlannedClip } from './plan-clips';
import type { Speak } from './speak-opus';

export type ClipPriority = 'now' | 'background';

export class ClipQueueFull extends Error {
  readonly code = 'AUDIO_BUSY';
}

interface Job {
  clip: PlannedClip;
  priority: ClipPriority;
  promise: Promise<string>;
  resolve: (path: string) => void;
  reject: (error: unknown) => void;
}

export interface ClipQueueOptions {
  cacheDir: string;
  speak: Speak;
  /** Parallel espeak-ng + opusenc pairs. */
  workers?: number;
  /** Of those, how many pre-warming may use: it leaves a core to the screens and the app. */
  backgroundWorkers?: number;
  /** Most "now" jobs waiting at once; more are refused with ClipQueueFull. */
  maxWaiting?: number;
}

export interface ClipQueue {
  /** The clip's path in the cache once it exists (made now if needed). */
  get(clip: PlannedClip, priority: ClipPriority): Promise<string>;
  /** Jobs waiting or running. */
  size(): number;
  /** Drops the waiting jobs (their callers get an error); running ones finish. */
  clear(): void;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export function createClipQueue(options: ClipQueueOptions): ClipQueue {
  const workers = options.workers ?? 2;
  const backgroundWorkers = Math.min(
    workers,
    options.backgroundWorkers ?? Math.max(1, workers - 1),
  );
  const maxWaiting = options.maxWaiting ?? 64;
  const jobs = new Map<string, Job>();
  const now: Job[] = [];
  const background: Job[] = [];
  let running = 0;
  let runningBackground = 0;

  const take = (): Job | undefined =>
    now.shift() ?? (runningBackground < backgroundWorkers ? background.shift() : undefined);

  const pump = (): void => {
    while (running < workers) {
      const job = take();
      if (!job) return;
      const counted = job.priority === 'background';
      running += 1;
      if (counted) runningBackground += 1;
      const path = join(options.cacheDir, job.clip.file);
      void (async () => {
        try {
          if (!(await exists(path))) await options.speak(job.clip, path, { background: counted });
          job.resolve(path);
        } catch (error) {
          job.reject(error);
        } finally {
          jobs.delete(job.clip.file);
          running -= 1;
          if (counted) runningBackground -= 1;
          pump();
        }
      })();
    }
  };

  const get = async (clip: PlannedClip, priority: ClipPriority): Promise<string> => {
    const path = join(options.cacheDir, clip.file);
    const existing = jobs.get(clip.file);
    if (existing) {
      const waiting = background.indexOf(existing);
      if (priority === 'now' && waiting >= 0) {
        background.splice(waiting, 1);
        existing.priority = 'now';
        now.push(existing);
        pump();
      }
      return existing.promise;
    }
    if (await exists(path)) return path;
    const again = jobs.get(clip.file); // another caller may have queued it while we looked
    if (again) return again.promise;
    if (priority === 'now' && now.length >= maxWaiting) throw new ClipQueueFull('queue full');
    let resolve!: (path: string) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<string>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // A pre-warm nobody awaits must not surface as an unhandled rejection.
    promise.catch(() => undefined);
    const job: Job = { clip, priority, promise, resolve, reject };
    jobs.set(clip.file, job);
    (priority === 'now' ? now : background).push(job);
    pump();
    return promise;
  };

  return {
    get,
    size: () => jobs.size,
    clear: () => {
      for (const job of [...now.splice(0), ...background.splice(0)]) {
        jobs.delete(job.clip.file);
        job.reject(new Error('audio queue closed'));
      }
    },
  };
}
