// Session tokens kept in the hub's SQLite file, so a hub restart does not sign every
// interpreter out: their pages reconnect with the same token. Only the token's SHA-256 is
// stored (the same digest that identifies the session in memory in session-tokens.ts).
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { LanguageCode } from '../../../shared/domain/languages';
import { DEFAULT_SESSION_TTL_MS, type SessionTokens } from '../session-tokens';
import type { HubDb } from './hub-database';

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const StoredLanguages = z.array(LanguageCode).max(30);

export function createSqliteSessionTokens(
  db: HubDb,
  options: { ttlMs?: number; now?: () => number } = {},
): SessionTokens {
  const ttlMs = options.ttlMs ?? DEFAULT_SESSION_TTL_MS;
  const now = options.now ?? Date.now;
  const insert = db.prepare('INSERT INTO sessions (id, account_id, expires_at) VALUES (?, ?, ?)');
  const select = db.prepare<[string, number], { account_id: string; expires_at: number }>(
    'SELECT account_id, expires_at FROM sessions WHERE id = ? AND expires_at > ?',
  );
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const sweep = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  const selectLanguages = db.prepare<[string, number], { languages: string | null }>(
    'SELECT languages FROM sessions WHERE id = ? AND expires_at > ?',
  );
  const updateLanguages = db.prepare('UPDATE sessions SET languages = ? WHERE id = ?');

  const live = (id: string) => {
    const row = select.get(id, now());
    return row ? { accountId: row.account_id, expiresAt: row.expires_at, id } : null;
  };
  return {
    issue(accountId) {
      sweep.run(now()); // expired rows go when new ones come: the table stays small
      const token = randomBytes(32).toString('hex');
      const expiresAt = now() + ttlMs;
      insert.run(digest(token), accountId, expiresAt);
      return { token, expiresAt };
    },
    resolve: (token) => live(digest(token)),
    isActive: (id) => live(id) !== null,
    revoke(token) {
      remove.run(digest(token));
    },
    languagesOf(id) {
      const row = selectLanguages.get(id, now());
      if (!row?.languages) return null;
      // Written by this file only, but a file on disk is still a boundary: check it.
      try {
        const parsed = StoredLanguages.safeParse(JSON.parse(row.languages));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    chooseLanguages(id, languages) {
      updateLanguages.run(JSON.stringify(languages), id);
    },
  };
}
