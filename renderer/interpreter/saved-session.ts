// Keeps the session token for this tab only (sessionStorage): a reload stays signed in, a
// closed tab or another browser profile on a shared PC does not.
import { SignInResponse } from '../../shared/hub/http-api';

const KEY = 'interpretable.hub.session';

export type SavedSession = SignInResponse;

export function loadSession(now = Date.now()): SavedSession | null {
  let raw: unknown;
  try {
    raw = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  const session = SignInResponse.safeParse(raw);
  if (!session.success || Date.parse(session.data.expiresAt) <= now) return null;
  return session.data;
}

export function saveSession(session: SavedSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function forgetSession(): void {
  sessionStorage.removeItem(KEY);
}
