// The `protocol.handle('app', …)` handler: serves the renderer build read-only, with the
// security headers the web shell also sends, and the cards' clips under `audio/` from the
// folders the packaged app ships (audio-dirs.ts). Pure apart from the injected `readFile`, so
// it is tested with real Request/Response objects and no Electron.
import path from 'node:path';
import { parseClipPath } from '../../server/content/audio/clip-path';
import { contentTypeFor } from '../../server/http/content-types';
import { isAppOriginUrl } from '../app-origin';
import { audioDirsFor, type AudioDirs } from './audio-dirs';
import { resolveAppFile } from './resolve-app-file';

export interface AppProtocolOptions {
  /** The renderer build folder (dist/renderer). */
  rootDir: string;
  contentSecurityPolicy: string;
  readFile: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
  /** Defaults to the packaged resources or the checkout's folders (audio-dirs.ts). */
  audioDirs?: AudioDirs;
}

/** The clip's file, or null (404) for any path that is not exactly a clip's. */
function audioFile(requestUrl: string, dirs: AudioDirs): string | null {
  const clip = parseClipPath(new URL(requestUrl).pathname);
  if (!clip) return null;
  return clip.kind === 'recorded'
    ? path.join(dirs.recordedDir, clip.language, `${clip.card}.ogg`)
    : path.join(dirs.cacheDir, ...clip.file.split('/'));
}

/** One `bytes=a-b` range of `size` bytes, as Chromium's media stack asks for; null = whole file. */
function byteRange(header: string | null, size: number): [number, number] | 'invalid' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (!match[1] && !match[2])) return null;
  const start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  return start > end || start >= size ? 'invalid' : [start, end];
}

export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const securityHeaders = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // The files change only with a new build; revalidating keeps development reloads honest.
    'Cache-Control': 'no-cache',
  };
  const refuse = (status: number) =>
    new Response(null, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain' } });
  const audioDirs = options.audioDirs ?? audioDirsFor(options.rootDir);

  const serveClip = async (request: Request, filePath: string): Promise<Response> => {
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await options.readFile(filePath);
    } catch {
      return refuse(404); // a language without a voice, or clips not generated
    }
    const headers: Record<string, string> = {
      ...securityHeaders,
      'Content-Type': 'audio/ogg',
      'Accept-Ranges': 'bytes',
    };
    const range = byteRange(request.headers.get('range'), body.length);
    if (range === 'invalid') {
      return new Response(null, {
        status: 416,
        headers: { ...headers, 'Content-Range': `bytes */${String(body.length)}` },
      });
    }
    const [start, end] = range ?? [0, body.length - 1];
    if (range)
      headers['Content-Range'] = `bytes ${String(start)}-${String(end)}/${String(body.length)}`;
    const part = body.slice(start, end + 1);
    return new Response(request.method === 'HEAD' ? null : part, {
      status: range ? 206 : 200,
      headers,
    });
  };

  return async (request) => {
    // The app only reads its own files; nothing may be posted to app://.
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    if (isAppOriginUrl(request.url) && new URL(request.url).pathname.startsWith('/audio/')) {
      const clip = audioFile(request.url, audioDirs);
      return clip === null ? refuse(404) : serveClip(request, clip);
    }
    const filePath = resolveAppFile(request.url, options.rootDir);
    const contentType = filePath === null ? null : contentTypeFor(filePath);
    if (filePath === null || contentType === null) return refuse(404);
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await options.readFile(filePath);
    } catch {
      // Missing file or a folder: both are "not found" for the page.
      return refuse(404);
    }
    const headers = { ...securityHeaders, 'Content-Type': contentType };
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers,
    });
  };
}
