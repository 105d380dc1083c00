// How the hub answers over HTTP: JSON bodies, and errors as { error: { code, message } } with
// a stable code, like every other wire in the app.
import type { ServerResponse } from 'node:http';
import type { HubErrorBody, HubErrorCode } from '../../shared/hub/errors';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: HubErrorCode,
  message: string,
): void {
  const body: HubErrorBody = { error: { code, message } };
  sendJson(res, status, body);
}
