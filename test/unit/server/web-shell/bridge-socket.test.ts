// The web shell's bridge over a real HTTP server and real ws clients.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  BRIDGE_PROTOCOL,
  createBridgeSocket,
  type BridgeSocket,
} from '../../../../server/web-shell/bridge-socket';
import { fail, ok } from '../../../../shared/bridge/result';
import { MAX_BRIDGE_FRAME_BYTES } from '../../../../shared/bridge/wire';

const TOKEN = 'a'.repeat(64);
const FAMILY_TOKEN = 'f'.repeat(64);
let server: Server;
let bridge: BridgeSocket;
let origin: string;
const calls: unknown[] = [];

beforeEach(async () => {
  calls.length = 0;
  bridge = createBridgeSocket({
    tokens: { doctor: TOKEN, family: FAMILY_TOKEN },
    allowedOrigins: () => [origin],
    dispatch: (method, input, role) => {
      calls.push([method, input, role]);
      return Promise.resolve(
        method === 'session.current' ? ok(null) : fail('UNKNOWN_METHOD', 'no'),
      );
    },
  });
  server = createServer((_req, res) => res.end());
  server.on('upgrade', (req, socket, head) => {
    if (!bridge.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  bridge.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function connect(options: { token?: string; origin?: string; path?: string } = {}) {
  const url = `${origin.replace('http', 'ws')}${options.path ?? '/bridge'}`;
  return new WebSocket(url, [BRIDGE_PROTOCOL, `token.${options.token ?? TOKEN}`], {
    origin: options.origin ?? origin,
  });
}

function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      resolve();
    });
    ws.once('error', reject);
  });
}

function refusedStatus(ws: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
    });
    ws.once('open', () => {
      reject(new Error('socket opened'));
    });
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) =>
    ws.once('message', (data: Buffer) => {
      resolve(JSON.parse(data.toString()));
    }),
  );
}

describe('bridge socket', () => {
  it('answers a valid request by id', async () => {
    const ws = connect();
    await opened(ws);
    ws.send(JSON.stringify({ id: 7, method: 'session.current', input: {} }));
    expect(await nextMessage(ws)).toEqual({ id: 7, result: { ok: true, value: null } });
    ws.close();
  });

  it("passes the role that the page's token grants", async () => {
    for (const [token, role] of [
      [TOKEN, 'doctor'],
      [FAMILY_TOKEN, 'family'],
    ] as const) {
      const ws = connect({ token });
      await opened(ws);
      ws.send(JSON.stringify({ id: 1, method: 'session.current', input: {} }));
      await nextMessage(ws);
      expect(calls.at(-1)).toEqual(['session.current', {}, role]);
      ws.close();
    }
  });

  it('refuses a wrong token, a missing token and a wrong origin at the upgrade', async () => {
    expect(await refusedStatus(connect({ token: 'b'.repeat(64) }))).toBe(401);
    expect(await refusedStatus(connect({ token: '' }))).toBe(401);
    expect(await refusedStatus(connect({ origin: 'http://evil.example' }))).toBe(403);
    expect(await refusedStatus(connect({ origin: 'null' }))).toBe(403);
    expect(calls).toEqual([]);
  });

  it('answers malformed frames with BAD_REQUEST and keeps the socket', async () => {
    const ws = connect();
    await opened(ws);
    for (const frame of ['{not json', '[]', JSON.stringify({ id: -1, method: 'x' }), '{"id":1}']) {
      ws.send(frame);
      expect(await nextMessage(ws)).toMatchObject({
        id: null,
        result: { error: { code: 'BAD_REQUEST' } },
      });
    }
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await nextMessage(ws)).toMatchObject({ result: { error: { code: 'BAD_REQUEST' } } });
    ws.send(JSON.stringify({ id: 2, method: 'session.current', input: {} }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, result: { ok: true } });
    ws.close();
  });

  it('answers oversized frames with PAYLOAD_TOO_LARGE and cuts huge ones', async () => {
    const ws = connect();
    await opened(ws);
    const big = JSON.stringify({
      id: 1,
      method: 'session.current',
      input: { x: 'y'.repeat(MAX_BRIDGE_FRAME_BYTES) },
    });
    ws.send(big);
    expect(await nextMessage(ws)).toMatchObject({
      result: { error: { code: 'PAYLOAD_TOO_LARGE' } },
    });
    const closed = new Promise<number>((resolve) =>
      ws.once('close', (code) => {
        resolve(code);
      }),
    );
    ws.send('x'.repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
    expect(calls).toEqual([]);
  });

  it('ignores other paths and broadcasts events to connected pages', async () => {
    const stray = connect({ path: '/other' });
    await expect(opened(stray)).rejects.toThrow();
    const ws = connect();
    await opened(ws);
    const message = nextMessage(ws);
    bridge.broadcast('session.changed', { session: null, ended: null });
    expect(await message).toEqual({
      event: 'session.changed',
      payload: { session: null, ended: null },
    });
    ws.close();
  });

  it('never sends the family page the doctor-only consultation event', async () => {
    const doctor = connect();
    const family = connect({ token: FAMILY_TOKEN });
    await Promise.all([opened(doctor), opened(family)]);
    const doctorFrames: unknown[] = [];
    const familyFrames: unknown[] = [];
    doctor.on('message', (raw: Buffer) => doctorFrames.push(JSON.parse(raw.toString('utf8'))));
    family.on('message', (raw: Buffer) => familyFrames.push(JSON.parse(raw.toString('utf8'))));
    bridge.broadcast('consultation.changed', null);
    bridge.broadcast('consultation.screen', null);
    // Both pages got the last event, so anything for the family would have arrived before it.
    await expect.poll(() => familyFrames.length + doctorFrames.length).toBe(3);
    expect(doctorFrames).toEqual([
      { event: 'consultation.changed', payload: null },
      { event: 'consultation.screen', payload: null },
    ]);
    expect(familyFrames).toEqual([{ event: 'consultation.screen', payload: null }]);
    doctor.close();
    family.close();
  });
});
