// `npm run data -- <command>`: export, backup, restore, purge and verify the session log
// from a terminal. See data-args.ts for the flags and `--help` for the text users read.
import { CodedError } from '../../shared/bridge/result';
import { dataHelp, parseDataArgs } from './data-args';
import { runDataCommand } from './data-commands';

const parsed = parseDataArgs(process.argv.slice(2), process.env);
if (parsed.kind === 'help') {
  process.stdout.write(dataHelp);
} else if (parsed.kind === 'error') {
  console.error(`npm run data: ${parsed.message}\nRun "npm run data -- --help" for the commands.`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = runDataCommand(parsed.command, {
      out: (text) => process.stdout.write(text),
      now: () => new Date(),
    });
  } catch (error) {
    const code = error instanceof CodedError ? error.code : 'INTERNAL';
    console.error(
      `npm run data: ${code}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  }
}
