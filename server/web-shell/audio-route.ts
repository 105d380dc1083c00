// `GET /audio/<language>/<card>.<hash>.ogg` and `GET /audio/recorded/<language>/<card>.ogg` for the
// web shell. A synthetic clip comes from the cache (.cache/audio) when `content:audio` or an
// earlier request made it; otherwise it is made now (one espeak-ng + opusenc run, ~0.2 s),
// cached and served, so `npm start` needs no long generation step first. French and every
// greeting are pre-warmed a few seconds after start, a family's language as soon as it is chosen.
// Errors are JSON `{ error: CODE, message }`: 404 for a clip the content does not have, 503
// when this machine cannot make it (tools missing, queue full, synthesis failed).
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { checkAudioTools, type AudioToolsStatus } from '../content/audio/audio-tools';
import { openClipIndex } from '../content/audio/clip-index';
import type { PlannedClip } from '../content/audio/plan-clips';
import { parseClipPath, type ClipPath } from '../content/audio/clip-path';
import { ClipQueueFull, createClipQueue, type ClipPriority } from '../content/audio/clip-queue';
import { espeakToOpus, type Speak } from '../content/audio/speak-opus';

export { parseClipPath } from '../content/audio/clip-path';

export interface AudioRouteOptions {
  /** The built renderer (dist/renderer): its content bundle says which clips exist. */
  bundleDir: string;
  /** Synthetic clips: `npm run content:audio`'s output, also where on-demand clips go. */
  cacheDir: string;
  /** Recorded clips: assets/audio/recorded. */
  recordedDir: string;
  speak?: Speak;
  tools?: () => Promise<AudioToolsStatus>;
  workers?: number;
  /** Pre-warm the greetings and French at start (off in tests that count syntheses). */
  prewarmAtStart?: boolean;
  /** How long the tools check and the start's pre-warm wait (default START_DELAY_MS). */
  startDelayMs?: number;
  log?: (line: string) => void;
}

export interface PrewarmReport {
  language: string;
  clips: number;
  failed: number;
  ms: number;
}

export interface AudioRoute {
  /** Answers the request if its path is under /audio/ (true), else leaves it alone (false). */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): boolean;
  /** Makes every clip of a language in the background, behind any clip a screen is waiting for. */
  prewarmLanguage(language: string): Promise<PrewarmReport>;
  /**
   * Whether on-demand synthesis works here (cached and recorded clips are served regardless):
   * known once the check has run, on the first clip to make or after the start delay.
   */
  tools: Promise<AudioToolsStatus>;
  close(): void;
}

/** The built renderer is <repo>/dist/renderer: the cache and the recordings are in the repo. */
export function audioDirsFor(staticDir: string): { cacheDir: string; recordedDir: string } {
  const root = resolve(staticDir, '..', '..');
  return {
    cacheDir: join(root, '.cache', 'audio'),
    recordedDir: join(root, 'assets', 'audio', 'recorded'),
  };
}

function sendError(res: ServerResponse, status: number, error: string, message: string): void {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  if (error === 'AUDIO_BUSY') headers['Retry-After'] = '1';
  res.writeHead(status, headers).end(JSON.stringify({ error, message }));
}

/** Streams a clip, honouring a single byte range: Chromium's media stack asks for ranges. */
async function sendClip(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  immutable: boolean,
): Promise<void> {
  const { size } = await stat(path);
  const headers: Record<string, string> = {
    'Content-Type': 'audio/ogg',
    'Accept-Ranges': 'bytes',
    // A synthetic clip's name is its content hash; a recorded clip can be replaced in place.
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let start = 0;
  let end = size - 1;
  let status = 200;
  if (range && (range[1] || range[2])) {
    start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${String(size)}` }).end();
      return;
    }
    status = 206;
    headers['Content-Range'] = `bytes ${String(start)}-${String(end)}/${String(size)}`;
  }
  headers['Content-Length'] = String(end - start + 1);
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path, { start, end }).pipe(res);
}

/** The clip files (cache-relative) already in the cache, from one listing per folder. */
async function cachedFiles(cacheDir: string, clips: readonly PlannedClip[]): Promise<Set<string>> {
  const folders = new Set(clips.map((clip) => dirname(clip.file)));
  const found = new Set<string>();
  for (const folder of folders) {
    const names = await readdir(join(cacheDir, folder)).catch(() => [] as string[]);
    for (const name of names) found.add(`${folder}/${name}`);
  }
  return found;
}

/**
 * The tools check spawns espeak-ng and opusenc, and each spawn holds this process (the one that
 * serves the pages and the bridge) for tens of ms on a two-core PC; the start's pre-warm lists and
 * plans hundreds of clips. Both wait until the windows' first load is over (issue 4's cold start).
 */
export const START_DELAY_MS = 3000;

export function createAudioRoute(options: AudioRouteOptions): AudioRoute {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const clips = openClipIndex(options.bundleDir);
  let settleTools: (status: AudioToolsStatus) => void = () => undefined;
  const tools = new Promise<AudioToolsStatus>((resolve) => (settleTools = resolve));
  let checking = false;
  /** The tools check, started by whoever needs it first. */
  const checkedTools = (): Promise<AudioToolsStatus> => {
    if (!checking) {
      checking = true;
      void (options.tools ?? checkAudioTools)().then(settleTools);
    }
    return tools;
  };
  const queue = createClipQueue({
    cacheDir: options.cacheDir,
    speak: options.speak ?? espeakToOpus,
    workers: options.workers ?? 2,
  });

  let closed = false;
  const isClosed = () => closed;
  const synthetic = async (clip: PlannedClip, priority: ClipPriority): Promise<string> => {
    if (isClosed()) throw new Error('audio route closed');
    const cached = join(options.cacheDir, clip.file);
    const status = await checkedTools();
    // Without the tools, only what is already cached can be served.
    if (!status.available) {
      await stat(cached).catch(() => {
        throw Object.assign(new Error(status.reason), { code: 'AUDIO_UNAVAILABLE' });
      });
      return cached;
    }
    if (isClosed()) throw new Error('audio route closed'); // closed while the tools were checked
    return queue.get(clip, priority);
  };

  const serve = async (req: IncomingMessage, res: ServerResponse, clip: ClipPath) => {
    if (clip.kind === 'recorded') {
      const path = join(options.recordedDir, clip.file.slice('recorded/'.length));
      try {
        await sendClip(req, res, path, false);
      } catch {
        sendError(res, 404, 'AUDIO_NOT_FOUND', 'No recorded clip for this card and language.');
      }
      return;
    }
    const planned = clips.clip(clip.file);
    if (!planned) {
      sendError(res, 404, 'AUDIO_UNKNOWN_CLIP', 'The content has no such clip.');
      return;
    }
    let path: string;
    try {
      path = await synthetic(planned, 'now');
    } catch (error) {
      if (error instanceof ClipQueueFull) {
        sendError(res, 503, 'AUDIO_BUSY', 'Too many clips are being made; retry in a second.');
      } else if ((error as { code?: unknown }).code === 'AUDIO_UNAVAILABLE') {
        sendError(res, 503, 'AUDIO_UNAVAILABLE', (error as Error).message);
      } else {
        log(`[audio] ${clip.file}: ${error instanceof Error ? error.message : String(error)}`);
        sendError(res, 503, 'AUDIO_SYNTHESIS_FAILED', 'The clip could not be made.');
      }
      return;
    }
    await sendClip(req, res, path, true);
  };

  const prewarmFiles = async (language: string, files: readonly PlannedClip[]) => {
    const started = performance.now();
    // One directory listing per language instead of a check per clip: hundreds of file
    // checks at once held back the answers and pages the local service was sending meanwhile.
    const cached = await cachedFiles(options.cacheDir, files);
    const missing = files.filter((clip) => !cached.has(clip.file));
    const results = await Promise.allSettled(missing.map((clip) => synthetic(clip, 'background')));
    const failed = results.filter((result) => result.status === 'rejected').length;
    return { language, clips: files.length, failed, ms: Math.round(performance.now() - started) };
  };

  // Every session event repeats the language: one pre-warm per language at a time is enough.
  const prewarming = new Map<string, Promise<PrewarmReport>>();
  const prewarmLanguage = (language: string): Promise<PrewarmReport> => {
    const running = prewarming.get(language);
    if (running) return running;
    const report = prewarmFiles(language, clips.clips(language)).finally(() => {
      prewarming.delete(language);
    });
    prewarming.set(language, report);
    return report;
  };

  // After the start delay: the greetings (the picker speaks them first), then French (the
  // doctor's phrasebook and every flow's source). Both in the background, behind any real
  // request; a clip asked for meanwhile is made at once.
  const startTimer = setTimeout(() => {
    void checkedTools().then(async (status) => {
      if (!status.available || options.prewarmAtStart === false || closed) return;
      await prewarmFiles('greetings', clips.greetings());
      await prewarmLanguage('fr');
    });
  }, options.startDelayMs ?? START_DELAY_MS);
  startTimer.unref();

  return {
    handle: (req, res, pathname) => {
      if (pathname !== '/audio' && !pathname.startsWith('/audio/')) return false;
      const clip = parseClipPath(pathname);
      if (!clip) {
        sendError(res, 404, 'AUDIO_BAD_PATH', 'Not a clip path.');
        return true;
      }
      serve(req, res, clip).catch((error: unknown) => {
        log(`[audio] ${pathname}: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) sendError(res, 500, 'AUDIO_INTERNAL', 'The clip could not be sent.');
        else res.destroy();
      });
      return true;
    },
    prewarmLanguage,
    tools,
    close: () => {
      closed = true;
      clearTimeout(startTimer);
      queue.clear();
    },
  };
}

let active: AudioRoute | null = null;

/** The running web shell's route, so the session service can pre-warm without holding it. */
export function setActiveAudioRoute(route: AudioRoute | null): void {
  active = route;
}

/** Pre-warms a language's clips in the running web shell; a no-op (null) where there is none. */
export function prewarmLanguage(language: string): Promise<PrewarmReport> | null {
  return active?.prewarmLanguage(language) ?? null;
}
