import { describe, expect, it, vi } from 'vitest';
import { connectHub } from '../../../../electron/lifecycle/hub-connection';

describe('connectHub', () => {
  it('uses an external hub without starting one', async () => {
    const start = vi.fn();
    const connection = await connectHub(
      { kind: 'external', url: 'https://hub.example.fr' },
      '/r',
      start,
    );
    expect(connection.url).toBe('https://hub.example.fr');
    expect(start).not.toHaveBeenCalled();
    await expect(connection.close()).resolves.toBeUndefined();
  });

  it('starts an embedded hub on loopback, any port, serving the renderer to the app origin', async () => {
    const close = vi.fn(() => Promise.resolve());
    const start = vi.fn(() => Promise.resolve({ url: 'http://127.0.0.1:41234', close }));
    const connection = await connectHub({ kind: 'embedded' }, '/dist/renderer', start);
    expect(start).toHaveBeenCalledWith({
      host: '127.0.0.1',
      port: 0,
      staticDir: '/dist/renderer',
      allowedOrigins: ['app://interpretable'],
    });
    expect(connection.url).toBe('http://127.0.0.1:41234');
    await connection.close();
    expect(close).toHaveBeenCalled();
  });

  it('runs without a hub when the embedded one fails to start', async () => {
    const logError = vi.fn();
    const start = vi.fn(() => Promise.reject(new Error('EADDRINUSE')));
    const connection = await connectHub({ kind: 'embedded' }, '/r', start, logError);
    expect(connection.url).toBeNull();
    expect(logError).toHaveBeenCalled();
  });
});
