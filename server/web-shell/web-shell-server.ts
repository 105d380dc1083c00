// The web shell: the clinic UI served on 127.0.0.1 only, for machines where Electron cannot
// run. Serves the built renderer pages, the cards' audio clips and the bridge WebSocket.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { contentSecurityPolicy, setSecurityHeaders } from '../http/security-headers';
import type { AudioToolsStatus } from '../content/audio/audio-tools';
import type { LocalService } from '../local/local-service';
import { audioDirsFor, createAudioRoute, setActiveAudioRoute } from './audio-route';
import { createBridgeSocket } from './bridge-socket';

export interface WebShellOptions {
  port: number;
  staticDir: string;
  service: LocalService;
  /** Extra origins the pages may connect to (the hub's http and ws origins). */
  connectSources?: readonly string[];
  /** Where clips are cached and recorded; by default the repository's .cache/audio and assets. */
  audioDirs?: { cacheDir: string; recordedDir: string };
}

export interface RunningWebShell {
  origin: string;
  doctorUrl: string;
  familyUrl: string;
  /** Whether clips can be made on demand here, known shortly after start (the start
   * banner says so when not). */
  audio: Promise<AudioToolsStatus>;
  close(): Promise<void>;
}

/** The two pages by role; the token rides in the fragment, which never reaches a server log. */
const pages: Record<string, string> = { '/doctor': '/doctor.html', '/family': '/family.html' };

export const WEB_SHELL_HOST = '127.0.0.1';

export async function startWebShell(options: WebShellOptions): Promise<RunningWebShell> {
  // One token per role: the family's kiosk page cannot call the doctor's methods.
  const tokens = {
    doctor: randomBytes(32).toString('hex'),
    family: randomBytes(32).toString('hex'),
  };
  let origin = '';
  const bridge = createBridgeSocket({
    tokens,
    allowedOrigins: () => [origin],
    dispatch: options.service.dispatch,
  });
  const audio = createAudioRoute({
    bundleDir: options.staticDir,
    ...(options.audioDirs ?? audioDirsFor(options.staticDir)),
  });
  setActiveAudioRoute(audio);
  const unsubscribe = options.service.onEvent((event, payload) => {
    bridge.broadcast(event, payload);
    // The family has just chosen its language: make its clips before its first card. After
    // the answer has gone out: queuing a language's 570 clips held the choice's answer back.
    const language = event === 'session.changed' ? audioLanguageOf(payload) : null;
    if (language) {
      setImmediate(() => {
        void audio.prewarmLanguage(language);
      });
    }
  });
  // sirv lists the whole bundle when made (500+ files, tens of ms): it is made just after the
  // server listens, off the start-up path; a request that comes first makes it itself.
  let files: ReturnType<typeof sirv> | null = null;
  const staticFiles = () =>
    (files ??= sirv(options.staticDir, { dev: false, etag: true, gzip: false }));

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const wsOrigin = origin.replace(/^http/, 'ws');
    setSecurityHeaders(res, contentSecurityPolicy([wsOrigin, ...(options.connectSources ?? [])]));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = new URL(req.url ?? '/', origin).pathname;
    if (audio.handle(req, res, path)) return;
    const page = pages[path];
    if (page) req.url = page;
    staticFiles()(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (!bridge.handleUpgrade(req, socket, head)) socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, WEB_SHELL_HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${WEB_SHELL_HOST}:${port}`;
  setImmediate(staticFiles);
  // The pages do not wait for the audio tools check (it spawns espeak-ng and opusenc): it
  // is said as soon as it is known.
  const audioStatus = audio.tools.then((status) => {
    if (!status.available) {
      console.log(
        `Audio unavailable: ${status.reason}. Clips not made yet show "no sound" on the cards.`,
      );
    }
    return status;
  });

  return {
    origin,
    doctorUrl: `${origin}/doctor#token=${tokens.doctor}`,
    familyUrl: `${origin}/family#token=${tokens.family}`,
    audio: audioStatus,
    close: async () => {
      unsubscribe();
      audio.close();
      setActiveAudioRoute(null);
      bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}

/** The chosen language in a `session.changed` payload (typed as unknown: the event is generic). */
function audioLanguageOf(payload: unknown): string | null {
  const session = (payload as { session?: { language?: unknown } | null }).session;
  return typeof session?.language === 'string' ? session.language : null;
}
