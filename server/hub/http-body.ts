// Reads a small JSON request body without trusting its size or type: too large is refused
// before it is buffered, anything but application/json is refused outright.
import type { IncomingMessage } from 'node:http';
import { hubFail, hubOk, type HubResult } from '../../shared/hub/errors';

export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<HubResult<unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    return Promise.resolve(
      hubFail('BAD_MESSAGE', 'The body must be JSON (Content-Type: application/json).'),
    );
  }
  const tooLarge = hubFail('PAYLOAD_TOO_LARGE', `The body is limited to ${maxBytes} bytes.`);
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(tooLarge);

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return; // drained and dropped until the answer closes the connection
      size += chunk.byteLength;
      // A chunked body or a lying Content-Length is caught here, before the excess is kept.
      // The stream is not destroyed: that would also kill the socket the 413 must go out on.
      if (size > maxBytes) {
        refused = true;
        chunks.length = 0;
        resolve(tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      try {
        resolve(hubOk(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown));
      } catch {
        resolve(hubFail('BAD_MESSAGE', 'The body is not valid JSON.'));
      }
    });
    req.on('error', () => {
      resolve(hubFail('BAD_MESSAGE', 'The body could not be read.'));
    });
  });
}
