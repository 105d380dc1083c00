// The cards' audio on a machine without the pre-generated cache (`npm start` from a fresh
// checkout): how long a screen waits for a clip made on demand (one espeak-ng + opusenc run,
// through the web shell's route), and how long pre-warming a whole language takes on the one
// core pre-warming may use. Uses the built content bundle (dist/renderer) and a throwaway cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openClipIndex } from '../../server/content/audio/clip-index';
import { createAudioRoute } from '../../server/web-shell/audio-route';
import { msSince, percentile, type Figure } from './figures';

const bundleDir = join(import.meta.dirname, '../../dist/renderer');
const ON_DEMAND_CLIPS = 60;
/** Each language pre-warms ~570 clips (minutes on two loaded cores): AUDIO_BENCH_LANGS=fr,ar,zh for more. */
const PREWARM_LANGUAGES = (process.env.AUDIO_BENCH_LANGS ?? 'ar').split(',');

export async function run(): Promise<Figure[]> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'interpretable-bench-audio-'));
  const route = createAudioRoute({
    bundleDir,
    cacheDir,
    recordedDir: join(cacheDir, 'recorded'),
    prewarmAtStart: false,
  });
  const tools = await route.tools;
  if (!tools.available) throw new Error(`audio bench: ${tools.reason}`);
  const server = createServer((req, res) => {
    if (!route.handle(req, res, new URL(req.url ?? '/', 'http://x').pathname)) res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  // On demand, one at a time, as a family moving through cards: Spanish, a language no
  // pre-warm below touches, so every request is a cache miss.
  const files = openClipIndex(bundleDir)
    .clips('es')
    .slice(0, ON_DEMAND_CLIPS)
    .map((clip) => clip.file);
  const samples: number[] = [];
  for (const file of files) {
    const start = process.hrtime.bigint();
    const response = await fetch(`${origin}/audio/${file}`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`audio bench: ${file} → ${response.status}`);
    samples.push(msSince(start));
  }
  const figures: Figure[] = [
    { area: 'audio', measure: 'synth p50', value: percentile(samples, 50), unit: 'ms' },
    { area: 'audio', measure: 'synth p95', value: percentile(samples, 95), unit: 'ms' },
  ];

  for (const language of PREWARM_LANGUAGES) {
    const report = await route.prewarmLanguage(language);
    if (report.failed > 0)
      throw new Error(`audio bench: ${report.failed} ${language} clips failed`);
    figures.push({
      area: 'audio',
      measure: `prewarm ${language} (${String(report.clips)} clips)`,
      value: report.ms / 1000,
      unit: 's',
    });
  }

  route.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(cacheDir, { recursive: true, force: true });
  return figures;
}
