// Flags of `npm run data -- <command>`, parsed by node:util and validated by zod so a typo
// gives a clear message and exit code 2 before any file is touched.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeZodError } from '../../shared/bridge/result';

export const dataHelp = `Usage: npm run data -- <command> [options]

Looks after the clinic's session log (encrypted SQLite in the data folder).

Commands:
  export    write sessions and events started in a date range (UTC days, both included)
              --format csv|json   (required)
              --from YYYY-MM-DD   (required)
              --to YYYY-MM-DD     (required)
              --out <file>        write to this file instead of the terminal
  backup    take a verified backup now (kept apart from the daily and session-end ones)
  restore   replace the session log with the newest verified backup; stop the app first.
            The replaced file is kept beside it, renamed *.damaged-<date>.
              --from <file>       restore this backup file instead
  purge     delete the sessions older than the retention period now
  verify    check the session log (integrity_check) and every backup

Options for every command:
  --data-dir <dir>  the data folder   [INTERPRETABLE_DATA_DIR, default: the per-user data folder]
  -h, --help        show this help

Exit codes: 0 done, 1 the command failed (the message says why), 2 wrong usage.
`;

const Day = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const DataDir = z.string().min(1).optional();

export const DataCommand = z.discriminatedUnion('command', [
  z
    .object({
      command: z.literal('export'),
      dataDir: DataDir,
      format: z.enum(['csv', 'json'], { error: 'must be csv or json' }),
      from: Day,
      to: Day,
      out: z.string().min(1).optional(),
    })
    .refine((c) => c.from <= c.to, { error: '--from must not be after --to', path: ['from'] }),
  z.object({ command: z.literal('backup'), dataDir: DataDir }),
  z.object({ command: z.literal('restore'), dataDir: DataDir, from: z.string().min(1).optional() }),
  z.object({ command: z.literal('purge'), dataDir: DataDir }),
  z.object({ command: z.literal('verify'), dataDir: DataDir }),
]);
export type DataCommand = z.infer<typeof DataCommand>;

export type ParsedData =
  { kind: 'help' } | { kind: 'run'; command: DataCommand } | { kind: 'error'; message: string };

const commandNames = ['export', 'backup', 'restore', 'purge', 'verify'];

export function parseDataArgs(argv: string[], env: NodeJS.ProcessEnv): ParsedData {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        format: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [name, ...extra] = positionals;
  if (name === undefined) return { kind: 'error', message: 'a command is required' };
  if (!commandNames.includes(name)) {
    return {
      kind: 'error',
      message: `unknown command "${name}" (one of ${commandNames.join(', ')})`,
    };
  }
  if (extra.length > 0)
    return { kind: 'error', message: `unexpected argument "${extra.join(' ')}"` };
  // Flags that the chosen command does not take are reported, not silently ignored.
  const allowed: Record<string, string[]> = {
    export: ['format', 'from', 'to', 'out'],
    restore: ['from'],
  };
  const given = Object.keys(values).filter((flag) => flag !== 'data-dir' && flag !== 'help');
  const stray = given.filter((flag) => !(allowed[name] ?? []).includes(flag));
  if (stray.length > 0) {
    return { kind: 'error', message: `"${name}" does not take --${stray.join(', --')}` };
  }
  const result = DataCommand.safeParse({
    command: name,
    dataDir: values['data-dir'] ?? env.INTERPRETABLE_DATA_DIR,
    format: values.format,
    from: values.from,
    to: values.to,
    out: values.out,
  });
  if (!result.success) return { kind: 'error', message: describeZodError(result.error) };
  return { kind: 'run', command: result.data };
}
