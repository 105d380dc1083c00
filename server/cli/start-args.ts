// Flags and environment of `npm start`, parsed by node:util and validated by zod so a typo
// gives a clear message (and exit code 2) instead of a half-started app.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeZodError } from '../../shared/bridge/result';

export const startHelp = `Usage: npm start -- [options]

Starts Interpretable on this PC: the local service (SQLite session log), an embedded
interpreter hub on 127.0.0.1 with a demo account, and the user interface (Electron when
its binary is available, otherwise the web shell on 127.0.0.1 in Chromium windows).

Options (each has an environment variable; the flag wins):
  --port <n>        web shell port on 127.0.0.1, 0 = any free port   [INTERPRETABLE_PORT, 4780]
  --data-dir <dir>  folder for the session log and settings        [INTERPRETABLE_DATA_DIR,
                    default: the per-user data folder, e.g. ~/.local/share/interpretable]
  --hub-url <url>   use this hub instead of the embedded one        [INTERPRETABLE_HUB_URL]
  --hub-port <n>    port of the embedded hub, 0 = any free port     [INTERPRETABLE_HUB_PORT, 4790]
  --shell <kind>    auto | electron | web                           [INTERPRETABLE_SHELL, auto]
  --no-open         print the URLs but open no window
  -h, --help        show this help
`;

const portError = { error: 'must be a whole number from 0 to 65535' };
const Port = z.coerce.number(portError).int(portError).min(0, portError).max(65535, portError);

const StartOptions = z.object({
  port: Port,
  dataDir: z.string().min(1).optional(),
  hubUrl: z
    .url({ protocol: /^(https?|wss?)$/, error: 'must be an http(s):// or ws(s):// URL' })
    .optional(),
  hubPort: Port,
  shell: z.enum(['auto', 'electron', 'web']),
  open: z.boolean(),
});
export type StartOptions = z.infer<typeof StartOptions>;

export type ParsedStart =
  { kind: 'help' } | { kind: 'run'; options: StartOptions } | { kind: 'error'; message: string };

export function parseStartArgs(argv: string[], env: NodeJS.ProcessEnv): ParsedStart {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'hub-url': { type: 'string' },
        'hub-port': { type: 'string' },
        shell: { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const parsed = StartOptions.safeParse({
    port: values.port ?? env.INTERPRETABLE_PORT ?? 4780,
    dataDir: values['data-dir'] ?? env.INTERPRETABLE_DATA_DIR,
    hubUrl: values['hub-url'] ?? env.INTERPRETABLE_HUB_URL,
    hubPort: values['hub-port'] ?? env.INTERPRETABLE_HUB_PORT ?? 4790,
    shell: values.shell ?? env.INTERPRETABLE_SHELL ?? 'auto',
    open: !values['no-open'],
  });
  if (!parsed.success) return { kind: 'error', message: describeZodError(parsed.error) };
  return { kind: 'run', options: parsed.data };
}
