// One open WebSocket (an interpreter's page or a clinic device): rate-limits it, decodes each
// message with the shared protocol and hands valid ones on. A bad message gets an `error`
// reply; it never throws, never closes the socket (flooding aside) and never touches any
// other socket.
import type { RawData, WebSocket } from 'ws';
import type { HubErrorCode } from '../../shared/hub/errors';
import {
  decodeClientMessage,
  encodeServerMessage,
  hubCloseCodes,
  type ClientMessage,
  type ServerMessageBody,
} from '../../shared/hub/protocol';
import type { TokenBucket } from './rate-limit';

export interface ConnectionOptions {
  bucket: TokenBucket;
  /** Messages refused in a row by the bucket before the socket is closed as a flood. */
  floodLimit: number;
  /** A decoded, valid message; an error it returns is answered on this socket. */
  onMessage(message: ClientMessage): { code: HubErrorCode; message: string } | null;
  onClose(): void;
}

export function send(socket: WebSocket, body: ServerMessageBody): void {
  if (socket.readyState === socket.OPEN) socket.send(encodeServerMessage(body));
}

export function sendError(socket: WebSocket, code: HubErrorCode, message: string): void {
  send(socket, { type: 'error', code, message });
}

function textOf(raw: RawData, isBinary: boolean): string | null {
  if (isBinary) return null;
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : Buffer.from(raw).toString('utf8');
}

export function attachConnection(socket: WebSocket, options: ConnectionOptions): void {
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
    let failure;
    try {
      failure = options.onMessage(decoded.value);
    } catch {
      // A bug must cost this one message, not the process or the other sockets.
      failure = { code: 'INTERNAL' as const, message: 'The hub could not handle this message.' };
    }
    if (failure) sendError(socket, failure.code, failure.message);
  });
  socket.on('close', () => {
    options.onClose();
  });
  // ws reports an oversized or invalid frame here, then closes with 1009/1002 itself.
  socket.on('error', () => undefined);
}
