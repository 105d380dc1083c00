import { describe, expect, it, vi } from 'vitest';
import {
  callHubSettings,
  connectHub,
  deviceTokenFromEnv,
  hubBanner,
} from '../../../../electron/lifecycle/hub-connection';

const TOKEN = 'c0ffee'.repeat(10) + 'abcd';
const DEMO = { login: 'demo', password: 'mot-de-passe-imprimé' };

describe('connectHub', () => {
  it('uses an external hub without starting one, with the token from the environment', async () => {
    const start = vi.fn();
    const connection = await connectHub(
      { kind: 'external', url: 'https://hub.example.fr' },
      '/r',
      start,
      vi.fn(),
      { INTERPRETABLE_DEVICE_TOKEN: ` ${TOKEN}\n` },
    );
    expect(connection).toMatchObject({
      url: 'https://hub.example.fr',
      deviceToken: TOKEN,
      demoAccount: null,
    });
    expect(start).not.toHaveBeenCalled();
    await expect(connection.close()).resolves.toBeUndefined();
    expect(callHubSettings(connection)).toEqual({
      url: 'https://hub.example.fr',
      deviceToken: TOKEN,
    });
    // No demo account on a real hub: only the URL is printed.
    expect(hubBanner(connection)).toBe('Interpreter:  https://hub.example.fr');
  });

  it('starts an embedded hub on loopback, any port, with the demo interpreter and device', async () => {
    const close = vi.fn(() => Promise.resolve());
    const start = vi.fn(() =>
      Promise.resolve({
        url: 'http://127.0.0.1:41234',
        demoAccount: DEMO,
        demoDeviceToken: TOKEN,
        close,
      }),
    );
    const connection = await connectHub({ kind: 'embedded' }, '/dist/renderer', start);
    expect(start).toHaveBeenCalledWith({
      host: '127.0.0.1',
      port: 0,
      staticDir: '/dist/renderer',
      allowedOrigins: ['app://interpretable'],
      demo: true,
      demoDevice: true,
    });
    expect(connection.url).toBe('http://127.0.0.1:41234');
    // The demo device's token goes to the local service (calls.config), as in the web shell.
    expect(callHubSettings(connection)).toEqual({
      url: 'http://127.0.0.1:41234',
      deviceToken: TOKEN,
    });
    expect(hubBanner(connection)).toBe(
      'Interpreter:  http://127.0.0.1:41234   (demo account: demo / mot-de-passe-imprimé)',
    );
    expect(hubBanner(connection)).not.toContain(TOKEN);
    await connection.close();
    expect(close).toHaveBeenCalled();
  });

  it('runs without a hub when the embedded one fails to start', async () => {
    const logError = vi.fn();
    const start = vi.fn(() => Promise.reject(new Error('EADDRINUSE')));
    const connection = await connectHub({ kind: 'embedded' }, '/r', start, logError);
    expect(connection.url).toBeNull();
    expect(logError).toHaveBeenCalled();
    // No hub at all: the local service answers calls.config with "no-hub".
    expect(callHubSettings(connection)).toBeUndefined();
    expect(hubBanner(connection)).toBeNull();
  });
});

describe('deviceTokenFromEnv', () => {
  it('takes a 64-hex-digit token, ignores an empty one and reports a malformed one', () => {
    const logError = vi.fn();
    expect(deviceTokenFromEnv({ INTERPRETABLE_DEVICE_TOKEN: TOKEN }, logError)).toBe(TOKEN);
    expect(deviceTokenFromEnv({}, logError)).toBeNull();
    expect(deviceTokenFromEnv({ INTERPRETABLE_DEVICE_TOKEN: '  ' }, logError)).toBeNull();
    expect(logError).not.toHaveBeenCalled();
    expect(deviceTokenFromEnv({ INTERPRETABLE_DEVICE_TOKEN: 'secret' }, logError)).toBeNull();
    expect(logError).toHaveBeenCalledWith(
      expect.stringContaining('INTERPRETABLE_DEVICE_TOKEN'),
      null,
    );
  });
});
