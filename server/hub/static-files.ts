// Serves the built interpreter page and its assets from the static folder. A requested path
// is decoded, resolved and then checked to still lie inside the folder (after symlinks), so
// "..", encoded slashes and links cannot reach anything else on the disk.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from '../http/content-types';

export function contentTypeOf(path: string): string {
  return contentTypeFor(path) ?? 'application/octet-stream';
}

/** The real path of `urlPath` (still percent-encoded) inside `rootDir`, or null. */
export async function resolveInside(rootDir: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0')) return null;
  try {
    const root = await realpath(rootDir);
    const file = await realpath(resolve(root, `.${sep}${decoded}`));
    // After realpath, `..` and symlinks are resolved: anything outside the folder is refused.
    if (!file.startsWith(root + sep)) return null;
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null; // missing file or folder
  }
}

/** Streams `file`; hashed assets may be cached for good, pages must always be fresh. */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  options: { immutable: boolean },
): Promise<void> {
  const { size } = await stat(file);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': size,
    'Cache-Control': options.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file), res);
  } catch (error) {
    // A client that leaves mid-download (or a hub closing) is normal, not a failure.
    if (res.destroyed) return;
    throw error;
  }
}
