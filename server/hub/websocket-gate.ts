// Decides, inside the HTTP `upgrade` handler and before any WebSocket exists, whether a
// connection may open: right path, allowed Origin (a page from another site must not ride
// on a signed-in interpreter's browser), a live session token offered as a subprotocol,
// and the protocol version this hub speaks.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HubErrorCode } from '../../shared/hub/errors';
import { SessionToken } from '../../shared/hub/http-api';
import {
  HUB_DEVICE_SUBPROTOCOL_PREFIX,
  HUB_SOCKET_PATH,
  HUB_SUBPROTOCOL,
  HUB_TOKEN_SUBPROTOCOL_PREFIX,
} from '../../shared/hub/protocol';
import type { AccountStore } from './accounts';
import type { Identity } from './call-hub';
import { DeviceToken } from './device-tokens';
import { requestPath } from './request-path';
import type { SessionTokens } from './session-tokens';

export interface GateDependencies {
  allowedOrigins: readonly string[];
  sessions: SessionTokens;
  accounts: AccountStore;
}

export interface Refusal {
  status: number;
  code: HubErrorCode;
  message: string;
}

export type GateDecision =
  { accepted: true; identity: Identity } | { accepted: false; refusal: Refusal };

function refuse(status: number, code: HubErrorCode, message: string): GateDecision {
  return { accepted: false, refusal: { status, code, message } };
}

/** The subprotocols a client offered, in order. */
export function offeredProtocols(request: IncomingMessage): string[] {
  return (request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((protocol) => protocol.trim())
    .filter((protocol) => protocol !== '');
}

export async function checkUpgrade(
  request: IncomingMessage,
  deps: GateDependencies,
): Promise<GateDecision> {
  if (requestPath(request) !== HUB_SOCKET_PATH) {
    return refuse(404, 'NOT_FOUND', `The hub's WebSocket is at ${HUB_SOCKET_PATH}.`);
  }
  const origin = request.headers.origin;
  if (origin === undefined || !deps.allowedOrigins.includes(origin)) {
    return refuse(403, 'FORBIDDEN_ORIGIN', 'Pages from this origin may not connect.');
  }
  const offered = offeredProtocols(request);
  if (!offered.includes(HUB_SUBPROTOCOL)) {
    return refuse(400, 'UNSUPPORTED_VERSION', `This hub speaks ${HUB_SUBPROTOCOL} only.`);
  }
  // A clinic device offers its enrolment token; an interpreter's page its session token.
  const deviceProtocol = offered.find((p) => p.startsWith(HUB_DEVICE_SUBPROTOCOL_PREFIX));
  if (deviceProtocol !== undefined) {
    const deviceToken = DeviceToken.safeParse(
      deviceProtocol.slice(HUB_DEVICE_SUBPROTOCOL_PREFIX.length),
    );
    const device = deviceToken.success
      ? await deps.accounts.findDeviceByToken(deviceToken.data)
      : null;
    if (!device || !deviceToken.success) {
      return refuse(401, 'UNAUTHORIZED', 'Unknown, rotated or disabled device token.');
    }
    return { accepted: true, identity: { kind: 'clinic', device, deviceToken: deviceToken.data } };
  }
  const tokenProtocol = offered.find((p) => p.startsWith(HUB_TOKEN_SUBPROTOCOL_PREFIX));
  const token = SessionToken.safeParse(tokenProtocol?.slice(HUB_TOKEN_SUBPROTOCOL_PREFIX.length));
  const session = token.success ? deps.sessions.resolve(token.data) : null;
  if (!session) {
    return refuse(401, 'UNAUTHORIZED', 'Missing, unknown or expired session token.');
  }
  const account = await deps.accounts.findById(session.accountId);
  if (!account) return refuse(401, 'UNAUTHORIZED', 'This account is disabled or gone.');
  return { accepted: true, identity: { kind: 'interpreter', account, sessionId: session.id } };
}

/** Answers a refused upgrade with a plain HTTP response and closes the socket. */
export function sendRefusal(socket: Duplex, refusal: Refusal): void {
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  socket.end(
    [
      `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? 'Refused'}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
