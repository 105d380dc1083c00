// Flags and environment of `npm run hub`, parsed by node:util and validated by zod so a typo
// gives a clear message (and exit code 2) instead of a hub listening somewhere unexpected.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeZodError } from '../../shared/bridge/result';

export const hubHelp = `Usage: npm run hub -- [options]

Starts the interpreter hub alone: it serves the interpreter web page, signs interpreters in
and accepts their WebSocket. A demo interpreter account is created and printed.

Options (each has an environment variable; the flag wins):
  --host <address>    address to listen on                   [INTERPRETABLE_HUB_HOST, 127.0.0.1]
                      (0.0.0.0 opens it to the network: plain HTTP, put a TLS proxy in front)
  --port <n>          port, 0 = any free port                 [INTERPRETABLE_HUB_PORT, 4790]
  --static-dir <dir>  built pages (interpreter.html, assets/)  [default: dist/renderer]
  --origin <url>      also accept pages from this origin (repeatable), e.g. the public
                      https:// address of a proxy in front of the hub
  -h, --help          show this help

Environment: INTERPRETABLE_DEMO_PASSWORD fixes the demo password (else random per start).
`;

const Host = z.union([z.ipv4(), z.ipv6(), z.hostname()], {
  error: 'must be an IP address or a host name, e.g. 127.0.0.1',
});

const Origin = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// origin' })
  .transform((url) => new URL(url).origin);

const HubOptions = z.object({
  host: Host,
  port: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a whole number between 0 and 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a whole number between 0 and 65535')),
  staticDir: z.string().min(1),
  origins: z.array(Origin),
});
export type HubOptions = z.infer<typeof HubOptions>;

export type ParsedHubArgs =
  { kind: 'help' } | { kind: 'run'; options: HubOptions } | { kind: 'error'; message: string };

export function parseHubArgs(
  argv: string[],
  env: NodeJS.ProcessEnv,
  defaults: { staticDir: string },
): ParsedHubArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'static-dir': { type: 'string' },
        origin: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const parsed = HubOptions.safeParse({
    host: values.host ?? env.INTERPRETABLE_HUB_HOST ?? '127.0.0.1',
    port: values.port ?? env.INTERPRETABLE_HUB_PORT ?? '4790',
    staticDir: values['static-dir'] ?? defaults.staticDir,
    origins: values.origin ?? [],
  });
  if (!parsed.success) return { kind: 'error', message: describeZodError(parsed.error) };
  return { kind: 'run', options: parsed.data };
}
