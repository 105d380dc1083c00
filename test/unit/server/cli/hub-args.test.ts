import { describe, expect, it } from 'vitest';
import { parseHubArgs } from '../../../../server/cli/hub-args';

const defaults = { staticDir: '/app/dist/renderer', databaseFile: '/data/hub/hub.sqlite' };
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseHubArgs(argv, env, defaults);

describe('parseHubArgs', () => {
  it('defaults to 127.0.0.1:4790 and the built pages', () => {
    expect(parse([])).toEqual({
      kind: 'run',
      options: {
        host: '127.0.0.1',
        port: 4790,
        staticDir: '/app/dist/renderer',
        origins: [],
        databaseFile: '/data/hub/hub.sqlite',
        ringTimeoutSeconds: 60,
        fallback: null,
        turn: null,
      },
    });
  });

  it('reads the database, ring timeout, phone fallback and TURN settings', () => {
    const parsed = parse(
      [
        '--db',
        '/srv/hub.sqlite',
        '--ring-timeout',
        '45',
        '--turn-url',
        'turn:turn.example.fr:3478',
      ],
      {
        INTERPRETABLE_FALLBACK_PHONE: '04 72 00 00 00',
        INTERPRETABLE_FALLBACK_CODE: '1234#',
        INTERPRETABLE_TURN_SECRET: 'a-long-shared-secret',
        INTERPRETABLE_TURN_TTL: '1800',
      },
    );
    expect(parsed).toMatchObject({
      kind: 'run',
      options: {
        databaseFile: '/srv/hub.sqlite',
        ringTimeoutSeconds: 45,
        fallback: { phone: '04 72 00 00 00', accessCode: '1234#' },
        turn: {
          urls: ['turn:turn.example.fr:3478'],
          secret: 'a-long-shared-secret',
          ttlSeconds: 1800,
          stunUrls: [],
        },
      },
    });
  });

  it('takes flags over environment variables', () => {
    const parsed = parse(['--port', '0', '--host', '::1'], {
      INTERPRETABLE_HUB_PORT: '5000',
      INTERPRETABLE_HUB_HOST: '0.0.0.0',
    });
    expect(parsed).toMatchObject({ kind: 'run', options: { host: '::1', port: 0 } });
    expect(parse([], { INTERPRETABLE_HUB_PORT: '5000' })).toMatchObject({
      options: { port: 5000 },
    });
  });

  it('normalises repeated --origin flags to origins', () => {
    expect(
      parse(['--origin', 'https://hub.example.org/path', '--origin', 'http://127.0.0.1:4780']),
    ).toMatchObject({ options: { origins: ['https://hub.example.org', 'http://127.0.0.1:4780'] } });
  });

  it.each([
    [['--port', 'abc'], 'port: must be a whole number between 0 and 65535'],
    [['--port', '70000'], 'port: must be a whole number between 0 and 65535'],
    [['--port', ''], 'port: must be a whole number between 0 and 65535'],
    [['--host', 'http://x'], 'host: must be an IP address or a host name'],
    [['--origin', 'ftp://x'], 'must be an http:// or https:// origin'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['extra'], "Unexpected argument 'extra'"],
    [['--ring-timeout', '1'], 'ringTimeoutSeconds'],
    [['--turn-url', 'turn:x:3478'], 'INTERPRETABLE_TURN_SECRET must be at least 16 characters'],
    [['--turn-url', 'http://x'], 'must start with turn: or turns:'],
  ])('explains %j', (argv, message) => {
    const parsed = parse(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });

  it('asks for help with --help or -h', () => {
    expect(parse(['--help'])).toEqual({ kind: 'help' });
    expect(parse(['-h', '--port', 'abc'])).toEqual({ kind: 'help' });
  });
});
