import { describe, expect, it } from 'vitest';
import { parseDataArgs } from '../../../../server/cli/data-args';

const range = ['--from', '2026-01-01', '--to', '2026-03-31'];

describe('parseDataArgs', () => {
  it('reads an export with its format, range and output file', () => {
    expect(parseDataArgs(['export', '--format', 'csv', ...range, '--out', 'a.csv'], {})).toEqual({
      kind: 'run',
      command: {
        command: 'export',
        format: 'csv',
        from: '2026-01-01',
        to: '2026-03-31',
        out: 'a.csv',
      },
    });
  });

  it('takes the data folder from the flag, else the environment', () => {
    const env = { INTERPRETABLE_DATA_DIR: '/env' };
    expect(parseDataArgs(['backup'], env)).toEqual({
      kind: 'run',
      command: { command: 'backup', dataDir: '/env' },
    });
    expect(parseDataArgs(['verify', '--data-dir', '/flag'], env)).toMatchObject({
      command: { dataDir: '/flag' },
    });
  });

  it.each([
    [[], 'a command is required'],
    [['explode'], 'unknown command "explode"'],
    [['backup', 'now'], 'unexpected argument "now"'],
    [['purge', '--format', 'csv'], '"purge" does not take --format'],
    [['export', '--format', 'xml', ...range], 'format: must be csv or json'],
    [
      ['export', '--format', 'csv', '--from', '2026-02-30', '--to', '2026-03-01'],
      'from: must be a date',
    ],
    [
      ['export', '--format', 'csv', '--from', '2026-04-01', '--to', '2026-03-01'],
      'must not be after',
    ],
    [['export', '--format', 'csv'], 'from:'],
    [['backup', '--bogus'], "Unknown option '--bogus'"],
  ])('explains %j', (argv, message) => {
    const parsed = parseDataArgs(argv, {});
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });

  it('shows help', () => {
    expect(parseDataArgs(['export', '--help'], {})).toEqual({ kind: 'help' });
  });
});
