// `npm run content:check`: validates the content pack; one line per issue, exit 1 if any.
import { checkPack } from '../content/check-pack';
import { formatIssue } from '../content/issue';
import { packPathsFromArgs } from '../content/pack-paths';

const issues = checkPack(packPathsFromArgs(process.argv.slice(2)));
for (const issue of issues) console.error(formatIssue(issue));
if (issues.length > 0) {
  console.error(`content:check: ${issues.length} issue(s)`);
  process.exit(1);
}
console.log('content:check: the pack is valid');
