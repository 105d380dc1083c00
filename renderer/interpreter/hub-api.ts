// The page's calls to the hub's HTTP API (same origin). Answers are validated with the shared
// schemas; a network failure becomes UNAVAILABLE so the form can say so.
import { HubErrorBody, hubFail, hubOk, type HubResult } from '../../shared/hub/errors';
import {
  HISTORY_PATH,
  HistoryResponse,
  SESSION_PATH,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  SignInResponse,
  type SignInRequest,
} from '../../shared/hub/http-api';

async function failureOf(response: Response): Promise<HubResult<never>> {
  const body = HubErrorBody.safeParse(await response.json().catch(() => null));
  if (body.success) return { ok: false, error: body.data.error };
  return hubFail('INTERNAL', `HTTP ${response.status}`);
}

export async function signIn(request: SignInRequest): Promise<HubResult<SignInResponse>> {
  let response: Response;
  try {
    response = await fetch(SIGN_IN_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return hubFail('UNAVAILABLE', 'The hub could not be reached.');
  }
  if (!response.ok) return failureOf(response);
  const session = SignInResponse.safeParse(await response.json().catch(() => null));
  return session.success ? hubOk(session.data) : hubFail('INTERNAL', 'Unexpected answer.');
}

export type SessionCheck = 'valid' | 'invalid' | 'unreachable';

/** Whether `token` still works: after a lost connection, tells "sign in again" from "wait". */
export async function checkSession(token: string): Promise<SessionCheck> {
  try {
    const response = await fetch(SESSION_PATH, { headers: { Authorization: `Bearer ${token}` } });
    if (response.ok) return 'valid';
    return response.status === 401 ? 'invalid' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/** Best effort: the page forgets the token whatever the hub answers. */
export async function signOut(token: string): Promise<void> {
  try {
    await fetch(SIGN_OUT_PATH, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  } catch {
    // The hub is unreachable: its copy of the token will expire on its own.
  }
}

/** The signed-in interpreter's recent calls and minutes, or null when the hub cannot say. */
export async function fetchHistory(token: string): Promise<HistoryResponse | null> {
  try {
    const response = await fetch(HISTORY_PATH, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return null;
    const history = HistoryResponse.safeParse(await response.json());
    return history.success ? history.data : null;
  } catch {
    return null;
  }
}
