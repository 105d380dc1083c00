// Build step: compiles assets/content into <out>/content/*.json and copies the pictograms
// (`node dist/server/cli/content-bundle.js dist/renderer`). Exit 1 on an invalid pack.
import { resolve } from 'node:path';
import { writeBundle } from '../content/bundle/write-bundle';
import { packPathsFromArgs } from '../content/pack-paths';

const args = process.argv.slice(2);
const outDir = args[0];
if (outDir === undefined || outDir.startsWith('--')) {
  console.error('content-bundle: give the output folder, e.g. dist/renderer');
  process.exit(2);
}
try {
  const written = writeBundle(packPathsFromArgs(args.slice(1)), resolve(outDir));
  console.log(`content: ${written.cards} cards in ${written.languages} languages → ${outDir}`);
} catch (error) {
  console.error(`content-bundle: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
