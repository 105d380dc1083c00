// The upgrade gate, against a real hub and real ws clients: nothing but a live token from an
// allowed origin, on the right path and protocol version, gets a WebSocket.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HUB_SUBPROTOCOL, HUB_TOKEN_SUBPROTOCOL_PREFIX } from '../../../../shared/hub/protocol';
import { DEFAULT_SESSION_TTL_MS } from '../../../../server/hub/session-tokens';
import { signIn, startTestHub, TestSocket, type TestHub } from './hub-test-kit';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.close();
});

async function refusal(socket: TestSocket) {
  const { status, body } = await socket.refused;
  return { status, code: (JSON.parse(body) as { error: { code: string } }).error.code };
}

describe('WebSocket upgrade gate', () => {
  it('accepts a valid token and greets the interpreter with their profile', async () => {
    const { token } = await signIn(hub.origin);
    const socket = new TestSocket(hub.origin, { token });
    const welcome = await socket.welcomed();
    expect(welcome).toEqual({
      v: 1,
      type: 'welcome',
      interpreter: { id: 'interp-1', displayName: 'Amina K.', languages: ['ar', 'ps'] },
      status: 'offline',
      languages: ['ar', 'ps'], // none chosen yet in this session: all of the account's
    });
    // The hub echoes the protocol, never the token subprotocol.
    expect(socket.ws.protocol).toBe(HUB_SUBPROTOCOL);
    socket.ws.close();
  });

  it('refuses a connection without a token with 401', async () => {
    const socket = new TestSocket(hub.origin, { protocols: [HUB_SUBPROTOCOL] });
    expect(await refusal(socket)).toEqual({ status: 401, code: 'UNAUTHORIZED' });
  });

  it('refuses an unknown token with 401', async () => {
    const socket = new TestSocket(hub.origin, { token: 'a'.repeat(64) });
    expect(await refusal(socket)).toEqual({ status: 401, code: 'UNAUTHORIZED' });
  });

  it('refuses an expired token with 401', async () => {
    const { token } = await signIn(hub.origin);
    hub.advance(DEFAULT_SESSION_TTL_MS + 1);
    const socket = new TestSocket(hub.origin, { token });
    expect(await refusal(socket)).toEqual({ status: 401, code: 'UNAUTHORIZED' });
  });

  it('refuses a page from another origin with 403, even with a valid token', async () => {
    const { token } = await signIn(hub.origin);
    const socket = new TestSocket(hub.origin, { token, origin: 'http://evil.example' });
    expect(await refusal(socket)).toEqual({ status: 403, code: 'FORBIDDEN_ORIGIN' });
  });

  it('refuses a client that sends no Origin with 403', async () => {
    const { token } = await signIn(hub.origin);
    const socket = new TestSocket(hub.origin, { token, origin: null });
    expect(await refusal(socket)).toEqual({ status: 403, code: 'FORBIDDEN_ORIGIN' });
  });

  it('accepts the other spellings of its own loopback origin', async () => {
    const { token } = await signIn(hub.origin);
    const socket = new TestSocket(hub.origin, {
      token,
      origin: `http://localhost:${hub.port}`,
    });
    expect((await socket.welcomed()).type).toBe('welcome');
    socket.ws.close();
  });

  it('refuses an unsupported protocol version with 400 UNSUPPORTED_VERSION', async () => {
    const { token } = await signIn(hub.origin);
    const socket = new TestSocket(hub.origin, {
      protocols: ['interpretable.hub.v2', `${HUB_TOKEN_SUBPROTOCOL_PREFIX}${token}`],
    });
    expect(await refusal(socket)).toEqual({ status: 400, code: 'UNSUPPORTED_VERSION' });
  });

  it('refuses upgrades on any other path with 404', async () => {
    const { token } = await signIn(hub.origin);
    const socket = new TestSocket(hub.origin, { token, path: '/bridge' });
    expect(await refusal(socket)).toEqual({ status: 404, code: 'NOT_FOUND' });
  });
});
