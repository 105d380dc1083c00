// `npm run bench`: runs every test/bench/*.bench.ts in turn (never in parallel: they share
// two cores), prints one line per figure and writes them all to bench-results.json.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatFigure, type Figure } from './figures';

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
  .sort();

const all: (Figure & { bench: string })[] = [];
for (const file of files) {
  const bench = (await import(pathToFileURL(join(dir, file)).href)) as {
    run: () => Promise<Figure[]>;
  };
  for (const figure of await bench.run()) {
    console.log(formatFigure(figure));
    all.push({ ...figure, bench: file });
  }
}
const out = join(dir, '../../bench-results.json');
writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), figures: all }, null, 2)}\n`);
console.log(`${all.length} figures written to bench-results.json`);
