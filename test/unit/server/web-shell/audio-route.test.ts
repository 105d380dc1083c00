// The audio route over a real HTTP server, with a fake speaker (counted, slowed down) so the
// tests show on-demand synthesis, sharing, caching and every error without espeak-ng.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AudioToolsStatus } from '../../../../server/content/audio/audio-tools';
import type { Speak } from '../../../../server/content/audio/speak-opus';
import {
  createAudioRoute,
  parseClipPath,
  prewarmLanguage,
  setActiveAudioRoute,
  type AudioRoute,
} from '../../../../server/web-shell/audio-route';
import { fixtureFile, writeFixtureBundle } from '../content/audio/bundle-fixture';

const CLIP_BYTES = Buffer.from(`OggS${'x'.repeat(96)}`);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Setup {
  origin: string;
  route: AudioRoute;
  cacheDir: string;
  recordedDir: string;
  spoken: string[];
  toolChecks: () => number;
}

async function setup(
  options: {
    tools?: AudioToolsStatus;
    speak?: Speak;
    prewarm?: boolean;
    startDelayMs?: number;
  } = {},
): Promise<Setup> {
  const bundleDir = writeFixtureBundle();
  const root = mkdtempSync(join(tmpdir(), 'audio-route-'));
  const cacheDir = join(root, 'cache');
  const recordedDir = join(root, 'recorded');
  const spoken: string[] = [];
  let toolChecks = 0;
  const speak: Speak =
    options.speak ??
    (async (clip, outFile) => {
      spoken.push(clip.file);
      await new Promise((resolve) => setTimeout(resolve, 30));
      mkdirSync(dirname(outFile), { recursive: true });
      writeFileSync(outFile, CLIP_BYTES);
    });
  const route = createAudioRoute({
    bundleDir,
    cacheDir,
    recordedDir,
    speak,
    tools: () => {
      toolChecks++;
      return Promise.resolve(options.tools ?? { available: true });
    },
    prewarmAtStart: options.prewarm ?? false,
    startDelayMs: options.startDelayMs ?? 0,
    log: () => undefined,
  });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!route.handle(req, res, path)) res.writeHead(418).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    route.close();
    rmSync(bundleDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  );
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return { origin, route, cacheDir, recordedDir, spoken, toolChecks: () => toolChecks };
}

const frYes = fixtureFile('fr', 'answer.yes');

describe('parseClipPath', () => {
  it('accepts the two clip shapes and nothing else', () => {
    expect(parseClipPath(`/audio/${frYes}`)).toMatchObject({ kind: 'synthetic', file: frYes });
    expect(parseClipPath('/audio/recorded/fr/answer.yes.ogg')).toEqual({
      file: 'recorded/fr/answer.yes.ogg',
      kind: 'recorded',
      language: 'fr',
      card: 'answer.yes',
    });
    for (const bad of [
      '/audio/fr/answer.yes.ogg', // synthetic without its hash
      '/audio/fr/answer.yes.0123456789abcdef.wav',
      '/audio/xx/answer.yes.0123456789abcdef.ogg', // not a language
      '/audio/fr/../../etc/passwd',
      '/audio/fr/..%2f..%2fetc.0123456789abcdef.ogg',
      '/audio/recorded/fr/../x.ogg',
      '/audio/recorded/fr/sub/answer.yes.ogg',
      '/audio/',
    ]) {
      expect(parseClipPath(bad), bad).toBeNull();
    }
  });
});

describe('the audio route', () => {
  it('makes a missing clip on demand, caches it and serves it as Ogg', async () => {
    const { origin, cacheDir, spoken } = await setup();
    const first = await fetch(`${origin}/audio/${frYes}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('audio/ogg');
    expect(first.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await first.arrayBuffer()).equals(CLIP_BYTES)).toBe(true);
    expect(existsSync(join(cacheDir, frYes))).toBe(true);

    const second = await fetch(`${origin}/audio/${frYes}`);
    expect(second.status).toBe(200);
    await second.arrayBuffer();
    expect(spoken).toEqual([frYes]); // served from the cache the second time
  });

  it('shares one synthesis between concurrent requests for the same clip', async () => {
    const { origin, spoken } = await setup();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => fetch(`${origin}/audio/${frYes}`)),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    await Promise.all(responses.map((response) => response.arrayBuffer()));
    expect(spoken).toEqual([frYes]);
  });

  it('answers byte ranges, as Chromium’s media stack asks', async () => {
    const { origin } = await setup();
    const response = await fetch(`${origin}/audio/${frYes}`, { headers: { Range: 'bytes=0-3' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 0-3/${String(CLIP_BYTES.length)}`);
    expect(await response.text()).toBe('OggS');
  });

  it('refuses bad paths and clips the content does not have, with JSON codes', async () => {
    const { origin, spoken } = await setup();
    const bad = await fetch(`${origin}/audio/fr/..%2f..%2fetc%2fpasswd`);
    expect(bad.status).toBe(404);
    expect(await bad.json()).toMatchObject({ error: 'AUDIO_BAD_PATH' });
    const unknown = await fetch(`${origin}/audio/fr/answer.no.0123456789abcdef.ogg`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'AUDIO_UNKNOWN_CLIP' });
    expect(spoken).toEqual([]);
    expect((await fetch(`${origin}/family`)).status).toBe(418); // not the route's business
  });

  it('serves a recorded clip, and 404 when there is none', async () => {
    const { origin, recordedDir } = await setup();
    mkdirSync(join(recordedDir, 'ps'), { recursive: true });
    writeFileSync(join(recordedDir, 'ps', 'answer.yes.ogg'), CLIP_BYTES);
    const found = await fetch(`${origin}/audio/recorded/ps/answer.yes.ogg`);
    expect(found.status).toBe(200);
    expect(found.headers.get('cache-control')).toBe('no-cache');
    await found.arrayBuffer();
    const missing = await fetch(`${origin}/audio/recorded/ps/answer.no.ogg`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'AUDIO_NOT_FOUND' });
  });

  it('without espeak-ng: 503 AUDIO_UNAVAILABLE, but cached clips still play', async () => {
    const tools = { available: false as const, reason: 'espeak-ng not found' };
    const { origin, cacheDir, spoken } = await setup({ tools });
    const missing = await fetch(`${origin}/audio/${frYes}`);
    expect(missing.status).toBe(503);
    expect(await missing.json()).toEqual({
      error: 'AUDIO_UNAVAILABLE',
      message: 'espeak-ng not found',
    });
    mkdirSync(join(cacheDir, 'fr'), { recursive: true });
    writeFileSync(join(cacheDir, frYes), CLIP_BYTES);
    const cached = await fetch(`${origin}/audio/${frYes}`);
    expect(cached.status).toBe(200);
    await cached.arrayBuffer();
    expect(spoken).toEqual([]);
  });

  it('answers 503 AUDIO_SYNTHESIS_FAILED when the speaker fails', async () => {
    const speak: Speak = () => Promise.reject(new Error('espeak-ng exited with 1'));
    const { origin } = await setup({ speak });
    const response = await fetch(`${origin}/audio/${frYes}`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'AUDIO_SYNTHESIS_FAILED' });
  });

  it('pre-warms a chosen language, and the greetings and French at start', async () => {
    const { route, spoken } = await setup();
    setActiveAudioRoute(route);
    cleanups.push(() => {
      setActiveAudioRoute(null);
    });
    const report = await prewarmLanguage('prs');
    expect(report).toMatchObject({ language: 'prs', clips: 2, failed: 0 });
    expect(spoken.sort()).toEqual(
      [fixtureFile('prs', 'greeting.language'), fixtureFile('prs', 'answer.yes')].sort(),
    );
    expect(await route.prewarmLanguage('ps')).toMatchObject({ clips: 0 }); // no voice
  });

  it('leaves the tools check and the pre-warm out of the start, until a clip is needed', async () => {
    const { origin, route, spoken, toolChecks } = await setup({
      prewarm: true,
      startDelayMs: 60_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(toolChecks()).toBe(0);
    expect(spoken).toEqual([]);
    const response = await fetch(`${origin}/audio/${frYes}`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(toolChecks()).toBe(1);
    expect(await route.tools).toEqual({ available: true });
    expect(spoken).toEqual([frYes]); // the clip asked for, not the pre-warm
  });

  it('pre-warms the greetings then French at start', async () => {
    const { spoken } = await setup({ prewarm: true });
    await expect.poll(() => spoken.length, { timeout: 3000 }).toBe(4);
    expect(spoken.slice(0, 2).sort()).toEqual(
      [fixtureFile('fr', 'greeting.language'), fixtureFile('prs', 'greeting.language')].sort(),
    );
  });
});
