// startHub as `npm start` and `npm run hub` use it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHub, type RunningHub } from '../../../../server/hub/index';
import { makeStaticDir, postJson, signIn, TestSocket } from './hub-test-kit';

let hub: RunningHub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
  vi.unstubAllEnvs();
});

describe('startHub', () => {
  it('runs on loopback with the demo interpreter, who can sign in and connect', async () => {
    vi.stubEnv('INTERPRETABLE_DEMO_PASSWORD', '');
    hub = await startHub({ host: '127.0.0.1', port: 0, staticDir: makeStaticDir(), demo: true });
    expect(hub.url).toBe(`http://127.0.0.1:${hub.port}/`);
    expect(hub.demoAccount?.login).toBe('demo');
    const origin = new URL(hub.url).origin;
    const { token } = await signIn(origin, 'demo', hub.demoAccount?.password);
    const welcome = await new TestSocket(origin, { token }).welcomed();
    expect(welcome).toMatchObject({
      interpreter: {
        displayName: 'Interprète de démonstration',
        languages: ['ar', 'prs', 'ps', 'ti'],
      },
    });
  });

  it('takes the demo password from INTERPRETABLE_DEMO_PASSWORD', async () => {
    vi.stubEnv('INTERPRETABLE_DEMO_PASSWORD', 'fixed-demo-password');
    hub = await startHub({ host: '127.0.0.1', port: 0, staticDir: makeStaticDir(), demo: true });
    expect(hub.demoAccount).toEqual({ login: 'demo', password: 'fixed-demo-password' });
  });

  it('has no demo account unless asked', async () => {
    hub = await startHub({ host: '127.0.0.1', port: 0, staticDir: makeStaticDir() });
    expect(hub.demoAccount).toBeNull();
    const response = await postJson(new URL(hub.url).origin, '/api/sign-in', {
      login: 'demo',
      password: 'anything-at-all',
    });
    expect(response.status).toBe(401);
  });

  it('accepts pages from extra allowed origins besides its own', async () => {
    vi.stubEnv('INTERPRETABLE_DEMO_PASSWORD', 'fixed-demo-password');
    hub = await startHub({
      host: '127.0.0.1',
      port: 0,
      staticDir: makeStaticDir(),
      demo: true,
      allowedOrigins: ['http://127.0.0.1:4780'],
    });
    const origin = new URL(hub.url).origin;
    const { token } = await signIn(origin, 'demo', 'fixed-demo-password');
    const fromShell = new TestSocket(origin, { token, origin: 'http://127.0.0.1:4780' });
    expect((await fromShell.welcomed()).type).toBe('welcome');
    const fromOwn = new TestSocket(origin, { token });
    expect((await fromOwn.welcomed()).type).toBe('welcome');
  });

  it('rejects when the port is taken', async () => {
    hub = await startHub({ host: '127.0.0.1', port: 0, staticDir: makeStaticDir() });
    await expect(
      startHub({ host: '127.0.0.1', port: hub.port, staticDir: makeStaticDir() }),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});
