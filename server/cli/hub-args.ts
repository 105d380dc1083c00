// Flags and environment of `npm run hub`, parsed by node:util and validated by zod so a typo
// gives a clear message (and exit code 2) instead of a hub listening somewhere unexpected.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeZodError } from '../../shared/bridge/result';
import { MAX_TURN_TTL_SECONDS } from '../hub/turn-credentials';
import { parseAdminArgs, type AdminCommand } from './hub-admin-args';

export const hubHelp = `Usage: npm run hub -- [options]
       npm run hub -- accounts <action> …   (npm run hub -- accounts --help)
       npm run hub -- report minutes …      (npm run hub -- report --help)

Starts the interpreter hub alone: it serves the interpreter web page, signs interpreters in,
accepts interpreters' and clinic devices' WebSockets and dispatches calls by language.
A demo interpreter account is created (or its password reset) and printed.

Options (each has an environment variable; the flag wins):
  --host <address>    address to listen on                   [INTERPRETABLE_HUB_HOST, 127.0.0.1]
                      (0.0.0.0 opens it to the network: plain HTTP, put a TLS proxy in front)
  --port <n>          port, 0 = any free port                 [INTERPRETABLE_HUB_PORT, 4790]
  --static-dir <dir>  built pages (interpreter.html, assets/)  [default: dist/renderer]
  --origin <url>      also accept pages from this origin (repeatable), e.g. the public
                      https:// address of a proxy in front of the hub
  --db <file>         the hub's SQLite file (accounts, sessions, call records)
                      [INTERPRETABLE_HUB_DB, default: the user data folder's hub/hub.sqlite]
  --ring-timeout <s>  seconds a request rings before "no interpreter"  [INTERPRETABLE_RING_TIMEOUT, 60]
  --fallback-phone <number>  phone interpreting service shown then    [INTERPRETABLE_FALLBACK_PHONE]
  --fallback-code <code>     its access code                          [INTERPRETABLE_FALLBACK_CODE]
  --turn-url <url>    coturn URL, e.g. turn:turn.example.fr:3478 (repeatable)  [INTERPRETABLE_TURN_URLS, comma-separated]
  --turn-ttl <s>      TURN credential lifetime, at most 3600      [INTERPRETABLE_TURN_TTL, 3600]
  --stun-url <url>    STUN URL handed out too (repeatable)
  -h, --help          show this help

Environment: INTERPRETABLE_DEMO_PASSWORD fixes the demo password (else random per start);
INTERPRETABLE_TURN_SECRET is coturn's static-auth-secret (never a flag: flags show in ps).
See docs/coturn.md.
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
  databaseFile: z.string().min(1),
  ringTimeoutSeconds: z.coerce.number().int().min(5).max(600),
  fallback: z
    .object({ phone: z.string().min(3).max(40), accessCode: z.string().max(40) })
    .nullable(),
  turn: z
    .object({
      urls: z.array(z.string().regex(/^turns?:[^\s]+$/, 'must start with turn: or turns:')),
      secret: z.string().min(16, 'INTERPRETABLE_TURN_SECRET must be at least 16 characters'),
      ttlSeconds: z.coerce.number().int().min(60).max(MAX_TURN_TTL_SECONDS),
      stunUrls: z.array(z.string().regex(/^stuns?:[^\s]+$/, 'must start with stun:')),
    })
    .nullable(),
});
export type HubOptions = z.infer<typeof HubOptions>;

export type ParsedHubArgs =
  | { kind: 'help' }
  | { kind: 'run'; options: HubOptions }
  | { kind: 'admin'; databaseFile: string; command: AdminCommand }
  | { kind: 'admin-help'; text: string }
  | { kind: 'error'; message: string };

export interface HubArgDefaults {
  staticDir: string;
  databaseFile: string;
}

export function parseHubArgs(
  argv: string[],
  env: NodeJS.ProcessEnv,
  defaults: HubArgDefaults,
): ParsedHubArgs {
  if (argv[0] === 'accounts' || argv[0] === 'report') {
    return parseAdminArgs(argv, env.INTERPRETABLE_HUB_DB ?? defaults.databaseFile);
  }
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
        db: { type: 'string' },
        'ring-timeout': { type: 'string' },
        'fallback-phone': { type: 'string' },
        'fallback-code': { type: 'string' },
        'turn-url': { type: 'string', multiple: true },
        'turn-ttl': { type: 'string' },
        'stun-url': { type: 'string', multiple: true },
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
    databaseFile: values.db ?? env.INTERPRETABLE_HUB_DB ?? defaults.databaseFile,
    ringTimeoutSeconds: values['ring-timeout'] ?? env.INTERPRETABLE_RING_TIMEOUT ?? '60',
    fallback: fallbackOf(
      values['fallback-phone'] ?? env.INTERPRETABLE_FALLBACK_PHONE,
      values['fallback-code'] ?? env.INTERPRETABLE_FALLBACK_CODE,
    ),
    turn: turnOf(
      values['turn-url'] ?? splitList(env.INTERPRETABLE_TURN_URLS),
      env.INTERPRETABLE_TURN_SECRET,
      values['turn-ttl'] ?? env.INTERPRETABLE_TURN_TTL,
      values['stun-url'] ?? [],
    ),
  });
  if (!parsed.success) return { kind: 'error', message: describeZodError(parsed.error) };
  return { kind: 'run', options: parsed.data };
}

function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function fallbackOf(phone: string | undefined, accessCode: string | undefined) {
  return phone === undefined || phone === '' ? null : { phone, accessCode: accessCode ?? '' };
}

/** No TURN URL: no TURN (loopback and LAN calls work without). A URL without the secret is
 * refused by the schema rather than handing out credentials coturn would reject. */
function turnOf(
  urls: string[],
  secret: string | undefined,
  ttl: string | undefined,
  stun: string[],
) {
  if (urls.length === 0 && stun.length === 0) return null;
  return { urls, secret: secret ?? '', ttlSeconds: ttl ?? '3600', stunUrls: stun };
}
