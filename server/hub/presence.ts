// Who is reachable: each interpreter's status and languages while at least one of their pages
// is connected. When the last page drops, the status is kept for a grace period: a page that
// reconnects within it (a flaky Wi-Fi, a hub restart) finds its status unchanged, with no new
// sign-in; after it the interpreter is offline. In memory here; presence-redis.ts shares it
// between hub processes.
import type { LanguageCode } from '../../shared/domain/languages';
import type { PresenceStatus } from '../../shared/hub/protocol';

export interface PresenceRegistry {
  /** A page of this interpreter connected; returns the status it should show. */
  connect(accountId: string, languages: readonly LanguageCode[]): PresenceStatus;
  set(accountId: string, status: PresenceStatus): void;
  /** The languages the interpreter takes calls in now (their session's choice). */
  setLanguages(accountId: string, languages: readonly LanguageCode[]): void;
  /** A page closed; the last one closing makes the interpreter offline after the grace. */
  disconnect(accountId: string): void;
  statusOf(accountId: string): PresenceStatus;
  /** Interpreters online (not busy) who speak `language`. */
  available(language: LanguageCode): string[];
  /** Called when an interpreter goes offline because the grace period ran out. */
  onExpired(listener: (accountId: string) => void): void;
  close(): void;
}

interface Entry {
  status: PresenceStatus;
  pages: number;
  languages: readonly LanguageCode[];
  grace?: ReturnType<typeof setTimeout>;
}

export function createInMemoryPresence(options: { graceMs?: number } = {}): PresenceRegistry {
  const graceMs = options.graceMs ?? 0;
  const entries = new Map<string, Entry>();
  const listeners: ((accountId: string) => void)[] = [];
  const expire = (accountId: string) => {
    entries.delete(accountId);
    for (const listener of listeners) listener(accountId);
  };
  return {
    connect(accountId, languages) {
      const entry = entries.get(accountId) ?? { status: 'offline', pages: 0, languages };
      clearTimeout(entry.grace);
      delete entry.grace;
      entry.pages += 1;
      entry.languages = languages;
      entries.set(accountId, entry);
      return entry.status;
    },
    set(accountId, status) {
      const entry = entries.get(accountId);
      if (entry) entry.status = status;
    },
    setLanguages(accountId, languages) {
      const entry = entries.get(accountId);
      if (entry) entry.languages = [...languages];
    },
    disconnect(accountId) {
      const entry = entries.get(accountId);
      if (!entry) return;
      entry.pages -= 1;
      if (entry.pages > 0) return;
      if (graceMs <= 0 || entry.status === 'offline') {
        expire(accountId);
        return;
      }
      entry.grace = setTimeout(() => {
        expire(accountId);
      }, graceMs);
      entry.grace.unref();
    },
    statusOf: (accountId) => entries.get(accountId)?.status ?? 'offline',
    available(language) {
      const found: string[] = [];
      for (const [id, entry] of entries) {
        if (entry.status === 'online' && entry.languages.includes(language)) found.push(id);
      }
      return found;
    },
    onExpired(listener) {
      listeners.push(listener);
    },
    close() {
      for (const entry of entries.values()) clearTimeout(entry.grace);
      entries.clear();
    },
  };
}
