// GET /api/history: the signed-in interpreter's recent calls and minutes. The session token
// decides whose history it is; no parameter can ask for anyone else's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken } from './auth-routes';
import { sendError, sendJson } from './http-responses';
import type { SessionTokens } from './session-tokens';
import type { CallHistory } from './store/call-history';

/** Enough for a working week of calls on one screen; the totals cover everything. */
const HISTORY_LIMIT = 50;

export function handleHistory(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { sessions: SessionTokens; history?: CallHistory | undefined },
): void {
  const token = bearerToken(req);
  const session = token ? deps.sessions.resolve(token) : null;
  if (!session) {
    sendError(res, 401, 'UNAUTHORIZED', 'Session expired or unknown: sign in again.');
    return;
  }
  if (!deps.history) {
    sendError(res, 404, 'NOT_FOUND', 'This hub keeps no call history.');
    return;
  }
  res.setHeader('Cache-Control', 'no-store');
  sendJson(res, 200, deps.history.forInterpreter(session.accountId, HISTORY_LIMIT));
}
