// `npm run content:report`: coverage per language. Markdown to stdout and docs/content-coverage.md;
// `--json` prints the JSON an admin screen reads instead.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { coverageMarkdown, coverageReport } from '../content/coverage-report';
import { loadPack } from '../content/load-pack';
import { packPathsFromArgs, repoRoot } from '../content/pack-paths';

const args = process.argv.slice(2);
const report = coverageReport(loadPack(packPathsFromArgs(args)));
if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const markdown = coverageMarkdown(report);
  writeFileSync(resolve(repoRoot, 'docs/content-coverage.md'), markdown);
  console.log(markdown);
}
