// One interpreter's open WebSocket: greets it, rate-limits it, decodes each message with the
// shared protocol and answers. A bad message gets an `error` reply; it never throws, never
// closes the socket (flooding aside) and never touches any other socket.
import type { RawData, WebSocket } from 'ws';
import type { HubErrorCode } from '../../shared/hub/errors';
import {
  decodeClientMessage,
  encodeServerMessage,
  hubCloseCodes,
  type ClientMessage,
  type PresenceStatus,
  type ServerMessageBody,
} from '../../shared/hub/protocol';
import { profileOf, type InterpreterAccount } from './accounts';
import type { PresenceRegistry } from './presence';
import type { TokenBucket } from './rate-limit';

export interface ConnectionOptions {
  account: InterpreterAccount;
  presence: PresenceRegistry;
  bucket: TokenBucket;
  /** Messages refused in a row by the bucket before the socket is closed as a flood. */
  floodLimit: number;
  /** Tells the interpreter's other pages (tabs, devices) about a status change. */
  onPresenceChanged(accountId: string, status: PresenceStatus): void;
}

export function send(socket: WebSocket, body: ServerMessageBody): void {
  if (socket.readyState === socket.OPEN) socket.send(encodeServerMessage(body));
}

function sendError(socket: WebSocket, code: HubErrorCode, message: string): void {
  send(socket, { type: 'error', code, message });
}

function textOf(raw: RawData, isBinary: boolean): string | null {
  if (isBinary) return null;
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : Buffer.from(raw).toString('utf8');
}

function handle(socket: WebSocket, message: ClientMessage, options: ConnectionOptions): void {
  switch (message.type) {
    case 'ping':
      send(socket, { type: 'pong' });
      return;
    case 'presence.set':
      options.presence.set(options.account.id, message.status);
      options.onPresenceChanged(options.account.id, message.status);
      return;
  }
}

export function attachConnection(socket: WebSocket, options: ConnectionOptions): void {
  const { account, presence } = options;
  const status = presence.connect(account.id);
  let refusedInARow = 0;

  socket.on('message', (raw, isBinary) => {
    if (!options.bucket.take()) {
      refusedInARow += 1;
      // Say it once per burst: answering every dropped message would feed the flood.
      if (refusedInARow === 1) sendError(socket, 'RATE_LIMITED', 'Too many messages; slow down.');
      if (refusedInARow >= options.floodLimit) {
        socket.close(hubCloseCodes.policyViolation, 'Rate limit exceeded');
      }
      return;
    }
    refusedInARow = 0;
    const text = textOf(raw, isBinary);
    if (text === null) {
      sendError(socket, 'BAD_MESSAGE', 'Messages must be JSON text, not binary.');
      return;
    }
    const decoded = decodeClientMessage(text);
    if (!decoded.ok) {
      sendError(socket, decoded.error.code, decoded.error.message);
      return;
    }
    handle(socket, decoded.value, options);
  });
  socket.on('close', () => {
    presence.disconnect(account.id);
  });
  // ws reports an oversized or invalid frame here, then closes with 1009/1002 itself.
  socket.on('error', () => undefined);

  send(socket, { type: 'welcome', interpreter: profileOf(account), status });
}
