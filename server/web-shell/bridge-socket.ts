// The web shell's bridge transport: a WebSocket on 127.0.0.1 that only a page holding this
// launch's token, loaded from an allowed origin, can open. Each frame is size-limited,
// parsed with zod and answered with a Result; a bad frame never closes other sockets.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  mayReceive,
  type BridgeEvent,
  type BridgeRole,
  type EventPayload,
} from '../../shared/bridge/contract';
import { describeZodError, fail, type ErrorCode, type Result } from '../../shared/bridge/result';
import {
  BRIDGE_PATH,
  MAX_BRIDGE_FRAME_BYTES,
  RequestFrame,
  type EventFrame,
  type ResponseFrame,
} from '../../shared/bridge/wire';
import { BRIDGE_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../shared/bridge/endpoint';
import type { Dispatch } from '../local/bridge-dispatcher';

/** The subprotocol a client offers; the token travels as a second one ("token.<hex>"),
 * because a browser WebSocket cannot set headers and a query string ends up in logs. */
export { BRIDGE_PROTOCOL, TOKEN_PROTOCOL_PREFIX };
const HARD_FRAME_LIMIT_BYTES = 1024 * 1024;

export interface BridgeSocketOptions {
  /** One per-launch token per role: the page's token decides what it may call. */
  tokens: Readonly<Record<BridgeRole, string>>;
  allowedOrigins: () => readonly string[];
  dispatch: Dispatch;
}

export interface BridgeSocket {
  /** Handles an HTTP upgrade; returns false when the path is not the bridge's. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  broadcast<E extends BridgeEvent>(event: E, payload: EventPayload<E>): void;
  close(): void;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(socket: Duplex, status: number, code: ErrorCode, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${code}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export type UpgradeDecision =
  { ok: true; role: BridgeRole } | { ok: false; status: number; code: ErrorCode; message: string };

/** Checks an upgrade request: the role its token grants, or the refusal to send. */
export function checkUpgrade(
  request: IncomingMessage,
  options: Pick<BridgeSocketOptions, 'tokens' | 'allowedOrigins'>,
): UpgradeDecision {
  const origin = request.headers.origin;
  if (!origin || !options.allowedOrigins().includes(origin)) {
    return {
      ok: false,
      status: 403,
      code: 'FORBIDDEN_ORIGIN',
      message: 'This page may not use the bridge.',
    };
  }
  const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const token = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  const given = token?.slice(TOKEN_PROTOCOL_PREFIX.length) ?? '';
  // Compare against every role's token (constant time each), so timing says nothing either.
  const matches = (Object.keys(options.tokens) as BridgeRole[]).filter((role) =>
    sameSecret(given, options.tokens[role]),
  );
  const role = matches[0];
  if (!offered.includes(BRIDGE_PROTOCOL) || !token || !role) {
    return {
      ok: false,
      status: 401,
      code: 'UNAUTHORIZED',
      message: 'Missing or wrong launch token.',
    };
  }
  return { ok: true, role };
}

async function answer(
  raw: RawData,
  isBinary: boolean,
  dispatch: Dispatch,
  role: BridgeRole,
): Promise<ResponseFrame> {
  const reply = (id: number | null, result: Result<unknown>): ResponseFrame => ({ id, result });
  if (isBinary || !Buffer.isBuffer(raw)) {
    return reply(null, fail('BAD_REQUEST', 'Frames must be JSON text.'));
  }
  if (raw.byteLength > MAX_BRIDGE_FRAME_BYTES) {
    return reply(
      null,
      fail('PAYLOAD_TOO_LARGE', `Frames are limited to ${MAX_BRIDGE_FRAME_BYTES} bytes.`),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    return reply(null, fail('BAD_REQUEST', 'Frame is not valid JSON.'));
  }
  const frame = RequestFrame.safeParse(json);
  if (!frame.success) {
    return reply(null, fail('BAD_REQUEST', `Malformed frame: ${describeZodError(frame.error)}`));
  }
  return reply(frame.data.id, await dispatch(frame.data.method, frame.data.input, role));
}

export function createBridgeSocket(options: BridgeSocketOptions): BridgeSocket {
  const server = new WebSocketServer({
    noServer: true,
    // Frames above MAX_BRIDGE_FRAME_BYTES get a PAYLOAD_TOO_LARGE answer; far larger ones
    // are cut by ws itself (close code 1009) before they are buffered.
    maxPayload: HARD_FRAME_LIMIT_BYTES,
    handleProtocols: () => BRIDGE_PROTOCOL,
  });

  // Each socket's role, so an event goes only to the windows allowed to receive it.
  const roles = new WeakMap<WebSocket, BridgeRole>();
  const attach = (ws: WebSocket, role: BridgeRole) => {
    roles.set(ws, role);
    ws.on('message', (raw, isBinary) => {
      void answer(raw, isBinary, options.dispatch, role).then((frame) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
      });
    });
    // ws closes an oversized frame with 1009 itself; swallow the error so nothing else is hit.
    ws.on('error', () => undefined);
  };

  return {
    handleUpgrade(request, socket, head) {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (path !== BRIDGE_PATH) return false;
      const decision = checkUpgrade(request, options);
      if (!decision.ok) {
        refuse(socket, decision.status, decision.code, decision.message);
        return true;
      }
      server.handleUpgrade(request, socket, head, (ws) => {
        attach(ws, decision.role);
      });
      return true;
    },
    broadcast(event, payload) {
      const frame: EventFrame = { event, payload };
      const text = JSON.stringify(frame);
      for (const client of server.clients) {
        const role = roles.get(client);
        if (client.readyState === client.OPEN && role && mayReceive(role, event)) client.send(text);
      }
    },
    close() {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
}
