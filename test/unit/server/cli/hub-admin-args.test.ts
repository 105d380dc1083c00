import { describe, expect, it } from 'vitest';
import { parseHubArgs } from '../../../../server/cli/hub-args';

const defaults = { staticDir: '/app/dist/renderer', databaseFile: '/data/hub.sqlite' };
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseHubArgs(argv, env, defaults);

describe('npm run hub -- accounts / report', () => {
  it('parses each account action', () => {
    expect(
      parse([
        'accounts',
        'add-interpreter',
        '--login',
        'amina',
        '--name',
        'Amina K.',
        '--languages',
        'ar, ps',
      ]),
    ).toEqual({
      kind: 'admin',
      databaseFile: '/data/hub.sqlite',
      command: {
        action: 'add-interpreter',
        login: 'amina',
        name: 'Amina K.',
        languages: ['ar', 'ps'],
      },
    });
    expect(
      parse([
        'accounts',
        'add-device',
        '--site',
        'PMI Gerland',
        '--room',
        'Salle 2',
        '--db',
        '/x.sqlite',
      ]),
    ).toMatchObject({
      databaseFile: '/x.sqlite',
      command: { action: 'add-device', site: 'PMI Gerland', room: 'Salle 2', priority: [] },
    });
    expect(parse(['accounts', 'disable', 'amina'])).toMatchObject({
      command: { action: 'disable', target: 'amina' },
    });
    expect(
      parse(['accounts', 'rotate-token', 'dev-1'], { INTERPRETABLE_HUB_DB: '/env.sqlite' }),
    ).toMatchObject({
      databaseFile: '/env.sqlite',
      command: { action: 'rotate-token', target: 'dev-1' },
    });
    expect(parse(['accounts', 'list'])).toMatchObject({ command: { action: 'list' } });
  });

  it('parses the minutes report with its date range', () => {
    expect(parse(['report', 'minutes', '--by', 'clinic', '--from', '2026-01-01'])).toMatchObject({
      command: { action: 'report-minutes', by: 'clinic', from: Date.parse('2026-01-01T00:00:00Z') },
    });
  });

  it('shows help for no action or --help', () => {
    expect(parse(['accounts'])).toMatchObject({ kind: 'admin-help' });
    expect(parse(['report', '--help'])).toMatchObject({ kind: 'admin-help' });
  });

  it.each([
    [
      ['accounts', 'add-interpreter', '--login', 'a', '--name', 'A', '--languages', 'xx'],
      'languages',
    ],
    [['accounts', 'add-interpreter', '--login', 'a', '--name', 'A'], 'languages'],
    [['accounts', 'add-device', '--site', 'S'], 'room'],
    [['accounts', 'disable'], 'target'],
    [['accounts', 'explode'], 'action'],
    [['accounts', 'list', '--bogus'], "Unknown option '--bogus'"],
    [['accounts', 'disable', 'a', 'b'], "Unexpected argument 'b'"],
    [['report', 'minutes', '--by', 'room'], 'by'],
    [['report', 'minutes', '--by', 'clinic', '--from', 'yesterday'], 'from'],
  ])('explains %j', (argv, message) => {
    const parsed = parse(argv);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });
});
