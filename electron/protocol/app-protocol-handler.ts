// The `protocol.handle('app', …)` handler: serves the renderer build read-only, with the
// security headers the web shell also sends. Pure apart from the injected `readFile`, so
// it is tested with real Request/Response objects and no Electron.
import { contentTypeFor } from '../../server/http/content-types';
import { resolveAppFile } from './resolve-app-file';

export interface AppProtocolOptions {
  /** The renderer build folder (dist/renderer). */
  rootDir: string;
  contentSecurityPolicy: string;
  readFile: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
}

export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const securityHeaders = {
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // The files change only with a new build; revalidating keeps development reloads honest.
    'Cache-Control': 'no-cache',
  };
  const refuse = (status: number) =>
    new Response(null, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain' } });

  return async (request) => {
    // The app only reads its own files; nothing may be posted to app://.
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const filePath = resolveAppFile(request.url, options.rootDir);
    const contentType = filePath === null ? null : contentTypeFor(filePath);
    if (filePath === null || contentType === null) return refuse(404);
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await options.readFile(filePath);
    } catch {
      // Missing file or a folder: both are "not found" for the page.
      return refuse(404);
    }
    const headers = { ...securityHeaders, 'Content-Type': contentType };
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers,
    });
  };
}
