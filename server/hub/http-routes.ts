// The hub's HTTP routes: the interpreter page, its assets and the sign-in API. Every answer
// carries the security headers; every failure is a JSON error with a stable code.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { HISTORY_PATH, SESSION_PATH, SIGN_IN_PATH, SIGN_OUT_PATH } from '../../shared/hub/http-api';
import { setSecurityHeaders } from '../http/security-headers';
import {
  handleSessionCheck,
  handleSignIn,
  handleSignOut,
  type AuthDependencies,
} from './auth-routes';
import { handleHistory } from './history-route';
import type { CallHistory } from './store/call-history';
import { sendError } from './http-responses';
import { requestPath } from './request-path';
import { resolveInside, sendFile } from './static-files';

export interface HttpRouteOptions extends AuthDependencies {
  staticDir: string;
  /** Origins whose pages may call the API; requests from any other browser page get 403. */
  allowedOrigins: readonly string[];
  contentSecurityPolicy: string;
  /** The interpreters' call history; without it /api/history answers 404. */
  history?: CallHistory | undefined;
}

const PAGE_PATHS = new Set(['/', '/interpreter']);
const PAGE_FILE = 'interpreter.html';
const ASSETS_PREFIX = '/assets/';
/** The content pack's pictograms, so the interpreter sees the card the family sees. */
const PICTOGRAMS_PREFIX = '/pictograms/';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

function isRead(req: IncomingMessage): boolean {
  return req.method === 'GET' || req.method === 'HEAD';
}

async function servePage(req: IncomingMessage, res: ServerResponse, staticDir: string) {
  const file = await resolveInside(staticDir, PAGE_FILE);
  if (!file) {
    sendError(res, 404, 'NOT_FOUND', 'The interpreter page is not built (run npm run build).');
    return;
  }
  await sendFile(req, res, file, { immutable: false });
}

async function serveAsset(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpRouteOptions,
  prefix: string,
) {
  const relative = requestPath(req).slice(prefix.length);
  const file = await resolveInside(join(options.staticDir, ...prefix.split('/')), relative);
  if (!file) {
    sendError(res, 404, 'NOT_FOUND', 'No such file.');
    return;
  }
  // Vite puts a content hash in every asset name, so a cached copy is never stale;
  // pictograms keep their names across content updates.
  await sendFile(req, res, file, { immutable: prefix === ASSETS_PREFIX });
}

/** The handler for `pathname`, or an error answer when the route or method is wrong. */
function route(pathname: string, req: IncomingMessage, options: HttpRouteOptions): Handler {
  const api: Record<string, { method: string; handler: Handler }> = {
    [SIGN_IN_PATH]: { method: 'POST', handler: (q, s) => handleSignIn(q, s, options) },
    [SESSION_PATH]: {
      method: 'GET',
      handler: (q, s) => {
        handleSessionCheck(q, s, options);
      },
    },
    [HISTORY_PATH]: {
      method: 'GET',
      handler: (q, s) => {
        handleHistory(q, s, options);
      },
    },
    [SIGN_OUT_PATH]: {
      method: 'POST',
      handler: (q, s) => {
        handleSignOut(q, s, options);
      },
    },
  };
  const endpoint = api[pathname];
  if (endpoint) {
    if (req.method === endpoint.method) return endpoint.handler;
    return (_, res) => {
      res.setHeader('Allow', endpoint.method);
      sendError(res, 405, 'METHOD_NOT_ALLOWED', `Use ${endpoint.method} for ${pathname}.`);
    };
  }
  const isPage = PAGE_PATHS.has(pathname);
  const prefix = [ASSETS_PREFIX, PICTOGRAMS_PREFIX].find((p) => pathname.startsWith(p));
  const isAsset = prefix !== undefined;
  if ((isPage || isAsset) && !isRead(req)) {
    return (_, res) => {
      res.setHeader('Allow', 'GET, HEAD');
      sendError(res, 405, 'METHOD_NOT_ALLOWED', 'Only GET and HEAD are allowed here.');
    };
  }
  if (isPage) return (q, s) => servePage(q, s, options.staticDir);
  if (prefix !== undefined) return (q, s) => serveAsset(q, s, options, prefix);
  return (_, res) => {
    sendError(res, 404, 'NOT_FOUND', 'No such page.');
  };
}

export function createHttpHandler(options: HttpRouteOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(res, options.contentSecurityPolicy);
    // Browsers send Origin with every cross-site request and every POST: a page from any
    // other site (or a DNS-rebinding one) is refused. Tools such as curl send none.
    const origin = req.headers.origin;
    if (origin !== undefined && !options.allowedOrigins.includes(origin)) {
      sendError(res, 403, 'FORBIDDEN_ORIGIN', 'Requests from this origin are not allowed.');
      return;
    }
    const pathname = requestPath(req);
    Promise.resolve(route(pathname, req, options)(req, res)).catch((error: unknown) => {
      // Only the error's message: a request may carry a password or a token.
      console.error(`hub: ${pathname} failed: ${error instanceof Error ? error.message : 'error'}`);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', 'The hub hit an internal error.');
      else res.destroy();
    });
  };
}
