// `npm run pictograms [-- --mulberry <dir>]`: refreshes assets/pictograms/ from selection.json.
// Run by a developer when the content needs a new pictogram; the app only reads the copies.
import { resolve } from 'node:path';
import { repoRoot } from '../content/pack-paths';
import { importPictograms } from '../content/pictograms/import-pictograms';

const args = process.argv.slice(2);
const flag = args.indexOf('--mulberry');
const mulberry = (flag >= 0 ? args[flag + 1] : undefined) ?? '../shared/pictograms/mulberry';
const errors = importPictograms(resolve(repoRoot, 'assets/pictograms'), {
  mulberry: resolve(repoRoot, mulberry),
  openmoji: resolve(repoRoot, 'node_modules/openmoji'),
  drawn: resolve(repoRoot, 'assets/pictograms/drawn'),
});
for (const error of errors) console.error(`pictograms: ${error}`);
if (errors.length > 0) process.exit(1);
console.log('pictograms: assets/pictograms/ is up to date');
