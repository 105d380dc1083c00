// `npm run content:audio`: synthesizes the missing clips into .cache/audio/ (espeak-ng) and
// writes .cache/audio/manifest.json. Clips are named by content hash, so re-runs are cheap.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleCards } from '../content/assemble-cards';
import { AUDIO_ENGINE as ENGINE } from '../content/audio/attach-audio';
import { planClips } from '../content/audio/plan-clips';
import { synthesize } from '../content/audio/synthesize';
import { loadPack } from '../content/load-pack';
import { packPathsFromArgs, repoRoot } from '../content/pack-paths';

const cacheDir = resolve(repoRoot, '.cache/audio');
const pack = loadPack(packPathsFromArgs(process.argv.slice(2)));
const clips = planClips(assembleCards(pack), pack.languages?.data.languages ?? [], ENGINE);
const result = await synthesize(clips, cacheDir);
writeFileSync(
  resolve(cacheDir, 'manifest.json'),
  `${JSON.stringify({ engine: ENGINE, clips }, null, 2)}\n`,
);
for (const { clip, reason } of result.failed) {
  console.error(`content:audio: ${clip.language} ${clip.card}: ${reason}`);
}
console.log(
  `content:audio: ${result.made} made, ${result.cached} cached, ${result.failed.length} failed`,
);
if (result.failed.length > 0) process.exit(1);
