// The sign-in API: POST /api/sign-in trades a login and password for a session token,
// GET /api/session tells a page whether its token still works (after a lost connection),
// POST /api/sign-out ends the session and the sockets opened with it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeZodError } from '../../shared/bridge/result';
import {
  MAX_HTTP_BODY_BYTES,
  SessionToken,
  SignInRequest,
  type SessionResponse,
  type SignInResponse,
} from '../../shared/hub/http-api';
import { authenticate, type AccountStore } from './accounts';
import { readJsonBody } from './http-body';
import { sendError, sendJson } from './http-responses';
import type { KeyedRateLimiter } from './rate-limit';
import type { ActiveSession, SessionTokens } from './session-tokens';

export interface AuthDependencies {
  accounts: AccountStore;
  sessions: SessionTokens;
  /** Sign-in attempts per client address: slows password guessing. */
  signInLimiter: KeyedRateLimiter;
  /** Called after a sign-out so the hub can close that session's sockets. */
  onSignOut(session: ActiveSession): void;
}

const UNAUTHORIZED_SESSION = 'Session expired or unknown: sign in again.';

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  const token = SessionToken.safeParse(match?.[1]);
  return token.success ? token.data : null;
}

export async function handleSignIn(
  req: IncomingMessage,
  res: ServerResponse,
  deps: AuthDependencies,
): Promise<void> {
  if (!deps.signInLimiter.take(req.socket.remoteAddress ?? 'unknown')) {
    res.setHeader('Retry-After', '60');
    sendError(res, 429, 'RATE_LIMITED', 'Too many sign-in attempts; wait a minute.');
    return;
  }
  const body = await readJsonBody(req, MAX_HTTP_BODY_BYTES);
  if (!body.ok) {
    const status = body.error.code === 'PAYLOAD_TOO_LARGE' ? 413 : 400;
    res.setHeader('Connection', 'close'); // do not read the rest of a refused body
    sendError(res, status, body.error.code, body.error.message);
    return;
  }
  const request = SignInRequest.safeParse(body.value);
  if (!request.success) {
    sendError(res, 400, 'BAD_MESSAGE', `Malformed sign-in: ${describeZodError(request.error)}`);
    return;
  }
  const account = await authenticate(deps.accounts, request.data.login, request.data.password);
  if (!account) {
    // Same answer for an unknown login and a wrong password: logins are not revealed.
    sendError(res, 401, 'UNAUTHORIZED', 'Wrong login or password.');
    return;
  }
  const issued = deps.sessions.issue(account.id);
  const answer: SignInResponse = {
    token: issued.token,
    expiresAt: new Date(issued.expiresAt).toISOString(),
  };
  sendJson(res, 200, answer);
}

export function handleSessionCheck(
  req: IncomingMessage,
  res: ServerResponse,
  deps: AuthDependencies,
): void {
  const token = bearerToken(req);
  const session = token ? deps.sessions.resolve(token) : null;
  if (!session) {
    sendError(res, 401, 'UNAUTHORIZED', UNAUTHORIZED_SESSION);
    return;
  }
  const answer: SessionResponse = { expiresAt: new Date(session.expiresAt).toISOString() };
  sendJson(res, 200, answer);
}

export function handleSignOut(
  req: IncomingMessage,
  res: ServerResponse,
  deps: AuthDependencies,
): void {
  const token = bearerToken(req);
  const session = token ? deps.sessions.resolve(token) : null;
  if (!token || !session) {
    sendError(res, 401, 'UNAUTHORIZED', UNAUTHORIZED_SESSION);
    return;
  }
  deps.sessions.revoke(token);
  deps.onSignOut(session);
  res.writeHead(204).end();
}
