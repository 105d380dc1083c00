import { describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../../../server/cli/start-args';

describe('parseStartArgs', () => {
  it('uses embedded defaults', () => {
    expect(parseStartArgs([], {})).toEqual({
      kind: 'run',
      options: { port: 4780, hubPort: 4790, shell: 'auto', open: true },
    });
  });

  it('reads flags before environment variables', () => {
    const parsed = parseStartArgs(['--port', '5000', '--no-open', '--shell', 'web'], {
      INTERPRETABLE_PORT: '6000',
      INTERPRETABLE_DATA_DIR: '/tmp/x',
      INTERPRETABLE_HUB_URL: 'https://hub.example.org',
    });
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        port: 5000,
        hubPort: 4790,
        dataDir: '/tmp/x',
        hubUrl: 'https://hub.example.org',
        shell: 'web',
        open: false,
      },
    });
  });

  it('gives a clear error for bad values and unknown flags', () => {
    expect(parseStartArgs(['--port', '99999'], {})).toMatchObject({
      kind: 'error',
      message: /port/,
    });
    expect(parseStartArgs(['--shell', 'qt'], {})).toMatchObject({
      kind: 'error',
      message: /shell/,
    });
    expect(parseStartArgs(['--hub-url', 'ftp://x'], {})).toMatchObject({
      kind: 'error',
      message: /hubUrl/,
    });
    expect(parseStartArgs(['--colour'], {})).toMatchObject({ kind: 'error', message: /colour/ });
  });

  it('asks for help', () => {
    expect(parseStartArgs(['-h'], {})).toEqual({ kind: 'help' });
  });
});
