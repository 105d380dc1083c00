// Lifetime of sockets on a real hub: dead ones are found by the heartbeat, sessions that end
// (expiry, sign-out) close their sockets with 4401, and close() stops everything.
import { afterEach, describe, expect, it } from 'vitest';
import { hubCloseCodes } from '../../../../shared/hub/protocol';
import { DEFAULT_SESSION_TTL_MS } from '../../../../server/hub/session-tokens';
import {
  postJson,
  rawRequest,
  signIn,
  startTestHub,
  TestSocket,
  type TestHub,
} from './hub-test-kit';

let hub: TestHub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

function pings(socket: TestSocket, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    socket.ws.on('ping', () => {
      seen += 1;
      if (seen === count) resolve();
    });
  });
}

describe('hub server', () => {
  it('terminates a socket that stops answering pings, and keeps live ones', async () => {
    // Not shorter: hub and clients share one event loop, and on a loaded CI machine a stall
    // longer than the interval would make the live client's pong arrive "late" too.
    hub = await startTestHub({ limits: { heartbeatIntervalMs: 250 } });
    const { token } = await signIn(hub.origin);
    const live = new TestSocket(hub.origin, { token });
    // autoPong off: this client behaves like a laptop that went to sleep.
    const dead = new TestSocket(hub.origin, { token }, { autoPong: false });
    await Promise.all([live.welcomed(), dead.welcomed()]);
    const threePings = pings(live, 3);
    expect(await dead.closed).toBe(1006); // terminated, no closing handshake
    await threePings;
    expect(live.ws.readyState).toBe(live.ws.OPEN);
  });

  it('closes the sockets of an expired session with 4401', async () => {
    hub = await startTestHub({ limits: { heartbeatIntervalMs: 40 } });
    const { token } = await signIn(hub.origin);
    const socket = new TestSocket(hub.origin, { token });
    await socket.welcomed();
    hub.advance(DEFAULT_SESSION_TTL_MS + 1);
    expect(await socket.closed).toBe(hubCloseCodes.sessionEnded);
  });

  it('closes the sockets of a session that signs out, not those of another session', async () => {
    hub = await startTestHub();
    const mine = await signIn(hub.origin);
    const other = await signIn(hub.origin);
    const mySocket = new TestSocket(hub.origin, { token: mine.token });
    const otherSocket = new TestSocket(hub.origin, { token: other.token });
    await Promise.all([mySocket.welcomed(), otherSocket.welcomed()]);
    const signOut = await postJson(
      hub.origin,
      '/api/sign-out',
      {},
      {
        Authorization: `Bearer ${mine.token}`,
      },
    );
    expect(signOut.status).toBe(204);
    expect(await mySocket.closed).toBe(hubCloseCodes.sessionEnded);
    otherSocket.send({ v: 1, type: 'ping' });
    expect(await otherSocket.next()).toEqual({ v: 1, type: 'pong' });
  });

  it('close() ends open sockets and stops listening', async () => {
    const running = await startTestHub();
    const { token } = await signIn(running.origin);
    const socket = new TestSocket(running.origin, { token });
    await socket.welcomed();
    await running.close();
    expect(await socket.closed).toBe(1006);
    await expect(rawRequest(running.origin, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
