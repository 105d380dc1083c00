// Session tokens handed out at sign-in: 32 random bytes, valid for a working day, kept in
// memory (a hub restart signs everyone out, which the page handles). The map is keyed by a
// SHA-256 of the token, so neither lookup timing nor a memory dump gives a usable token.
import { createHash, randomBytes } from 'node:crypto';
import type { LanguageCode } from '../../shared/domain/languages';

export const DEFAULT_SESSION_TTL_MS = 8 * 60 * 60 * 1000;

export interface IssuedSession {
  token: string;
  expiresAt: number;
}

export interface ActiveSession {
  accountId: string;
  expiresAt: number;
  /** Identifies the session without being the token (safe to keep on a socket or log). */
  id: string;
}

export interface SessionTokens {
  issue(accountId: string): IssuedSession;
  /** The live session for `token`, or null when unknown or expired. */
  resolve(token: string): ActiveSession | null;
  /** True while the session `id` has neither expired nor been revoked. */
  isActive(id: string): boolean;
  revoke(token: string): void;
  /** The languages chosen for the live session `id`, or null when none were chosen. */
  languagesOf(id: string): LanguageCode[] | null;
  /** Remembers the session's chosen languages (checked against the account by the caller). */
  chooseLanguages(id: string, languages: readonly LanguageCode[]): void;
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createSessionTokens(
  options: { ttlMs?: number; now?: () => number } = {},
): SessionTokens {
  const ttlMs = options.ttlMs ?? DEFAULT_SESSION_TTL_MS;
  const now = options.now ?? Date.now;
  const sessions = new Map<string, ActiveSession>();
  const chosen = new Map<string, LanguageCode[]>();

  function live(id: string): ActiveSession | null {
    const session = sessions.get(id);
    if (!session) return null;
    if (session.expiresAt <= now()) {
      sessions.delete(id);
      chosen.delete(id);
      return null;
    }
    return session;
  }

  function sweepExpired(): void {
    const time = now();
    for (const [id, session] of sessions) {
      if (session.expiresAt > time) continue;
      sessions.delete(id);
      chosen.delete(id);
    }
  }

  return {
    issue(accountId) {
      // Expired entries go when new ones come, so the map cannot grow without bound.
      sweepExpired();
      const token = randomBytes(32).toString('hex');
      const id = digest(token);
      const expiresAt = now() + ttlMs;
      sessions.set(id, { accountId, expiresAt, id });
      return { token, expiresAt };
    },
    resolve: (token) => live(digest(token)),
    isActive: (id) => live(id) !== null,
    revoke(token) {
      sessions.delete(digest(token));
      chosen.delete(digest(token));
    },
    languagesOf(id) {
      const languages = live(id) ? chosen.get(id) : undefined;
      return languages ? [...languages] : null;
    },
    chooseLanguages(id, languages) {
      if (live(id)) chosen.set(id, [...languages]);
    },
  };
}
