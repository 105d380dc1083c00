import { describe, expect, it } from 'vitest';
import { parseHubArgs } from '../../../../server/cli/hub-args';

const defaults = { staticDir: '/app/dist/renderer' };
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseHubArgs(argv, env, defaults);

describe('parseHubArgs', () => {
  it('defaults to 127.0.0.1:4790 and the built pages', () => {
    expect(parse([])).toEqual({
      kind: 'run',
      options: { host: '127.0.0.1', port: 4790, staticDir: '/app/dist/renderer', origins: [] },
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
