// `npm run content:audio [-- --all | --lang <code>…]`: makes the missing synthetic clips in
// .cache/audio/ (espeak-ng → Ogg/Opus) and writes .cache/audio/manifest.json. Clips are named by
// content hash, so re-runs are cheap. `--all` (every language, the default) is what packaging
// runs: it also removes clips no card uses any more, since electron-builder ships .cache/audio
// with the app.
import { writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { assembleCards } from '../content/assemble-cards';
import { AUDIO_ENGINE as ENGINE, withSyntheticAudio } from '../content/audio/attach-audio';
import { planClips } from '../content/audio/plan-clips';
import { pruneCache } from '../content/audio/prune-cache';
import { synthesize } from '../content/audio/synthesize';
import { loadPack } from '../content/load-pack';
import { packPathsFromArgs, repoRoot } from '../content/pack-paths';

const args = process.argv.slice(2);
const only = args.flatMap((arg, index) => (arg === '--lang' ? [args[index + 1] ?? ''] : []));
const cacheDir = resolve(repoRoot, '.cache/audio');
const pack = loadPack(packPathsFromArgs(args));
const languages = pack.languages?.data.languages ?? [];
// Recorded clips win: a card with one needs no synthetic clip.
const cards = withSyntheticAudio(assembleCards(pack), languages);
const clips = planClips(cards, languages, ENGINE).filter(
  (clip) => only.length === 0 || only.includes(clip.language),
);
mkdirSync(cacheDir, { recursive: true });
const started = performance.now();
let lastShown = 0;
const result = await synthesize(clips, cacheDir, undefined, {
  concurrency: availableParallelism(),
  onClip: (done, total) => {
    if (process.stdout.isTTY && (done === total || performance.now() - lastShown > 1000)) {
      lastShown = performance.now();
      process.stdout.write(`\rcontent:audio: ${String(done)}/${String(total)}`);
    }
  },
});
if (process.stdout.isTTY) process.stdout.write('\n');
writeFileSync(
  resolve(cacheDir, 'manifest.json'),
  `${JSON.stringify({ engine: ENGINE, clips }, null, 2)}\n`,
);
if (only.length === 0) {
  const removed = pruneCache(cacheDir, new Set(clips.map((clip) => clip.file)));
  if (removed.length > 0)
    console.log(`content:audio: ${String(removed.length)} stale files removed`);
}
for (const { clip, reason } of result.failed) {
  console.error(`content:audio: ${clip.language} ${clip.card}: ${reason}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `content:audio: ${String(result.made)} made, ${String(result.cached)} cached, ${String(result.failed.length)} failed in ${seconds} s`,
);
if (result.failed.length > 0) process.exit(1);
