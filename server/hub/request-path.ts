// The path of a request, decoded by the WHATWG URL parser. Prefixing the origin (instead of
// passing it as a base) keeps "//host/x" a path rather than a protocol-relative URL.
import type { IncomingMessage } from 'node:http';

export function requestPath(request: IncomingMessage): string {
  const raw = request.url ?? '/';
  try {
    return new URL(`http://hub${raw.startsWith('/') ? raw : `/${raw}`}`).pathname;
  } catch {
    return '/';
  }
}
