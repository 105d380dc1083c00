// Presence and routing shared between hub processes (scale-out): which interpreters are
// online for a language, and which hub process holds their pages, so a hub that receives a
// clinic's request can ring interpreters connected elsewhere. Asynchronous, because the
// shared implementation is Redis (presence-directory-redis.ts); this file holds the
// interface and the in-memory implementation a single hub (or a test) uses.
import type { LanguageCode } from '../../../shared/domain/languages';
import type { PresenceStatus } from '../../../shared/hub/protocol';

export interface DirectoryEntry {
  accountId: string;
  status: PresenceStatus;
  languages: readonly LanguageCode[];
  /** The hub process holding the interpreter's pages. */
  hubId: string;
}

export interface PresenceDirectory {
  set(entry: DirectoryEntry): Promise<void>;
  remove(accountId: string): Promise<void>;
  statusOf(accountId: string): Promise<PresenceStatus>;
  /** Online (not busy) interpreters for `language`, with the hub that holds them. */
  available(language: LanguageCode): Promise<{ accountId: string; hubId: string }[]>;
  close(): Promise<void>;
}

/** Messages from one hub to another (a ring, a relayed signal), addressed by hub id. */
export interface RouteBus {
  publish(hubId: string, text: string): Promise<void>;
  subscribe(hubId: string, handler: (text: string) => void): Promise<void>;
  close(): Promise<void>;
}

export function createInMemoryDirectory(): PresenceDirectory {
  const entries = new Map<string, DirectoryEntry>();
  return {
    set: (entry) => {
      entries.set(entry.accountId, { ...entry, languages: [...entry.languages] });
      return Promise.resolve();
    },
    remove: (accountId) => {
      entries.delete(accountId);
      return Promise.resolve();
    },
    statusOf: (accountId) => Promise.resolve(entries.get(accountId)?.status ?? 'offline'),
    available: (language) =>
      Promise.resolve(
        [...entries.values()]
          .filter((e) => e.status === 'online' && e.languages.includes(language))
          .map(({ accountId, hubId }) => ({ accountId, hubId })),
      ),
    close: () => Promise.resolve(),
  };
}

export function createInMemoryRouteBus(): RouteBus {
  const handlers = new Map<string, ((text: string) => void)[]>();
  return {
    publish: (hubId, text) => {
      // Asynchronous like Redis pub/sub: a handler never runs inside publish().
      for (const handler of handlers.get(hubId) ?? [])
        queueMicrotask(() => {
          handler(text);
        });
      return Promise.resolve();
    },
    subscribe: (hubId, handler) => {
      handlers.set(hubId, [...(handlers.get(hubId) ?? []), handler]);
      return Promise.resolve();
    },
    close: () => {
      handlers.clear();
      return Promise.resolve();
    },
  };
}
