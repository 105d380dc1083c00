// Who is reachable: each interpreter's status while at least one of their pages is connected.
// In memory for one hub; the scale-out implementation (Redis) will sit behind this interface.
import type { PresenceStatus } from '../../shared/hub/protocol';

export interface PresenceRegistry {
  /** A page of this interpreter connected; returns the status it should show. */
  connect(accountId: string): PresenceStatus;
  set(accountId: string, status: PresenceStatus): void;
  /** A page closed; the last one closing makes the interpreter offline. */
  disconnect(accountId: string): void;
  statusOf(accountId: string): PresenceStatus;
}

export function createInMemoryPresence(): PresenceRegistry {
  const entries = new Map<string, { status: PresenceStatus; pages: number }>();
  return {
    connect(accountId) {
      const entry = entries.get(accountId) ?? { status: 'offline', pages: 0 };
      entry.pages += 1;
      entries.set(accountId, entry);
      return entry.status;
    },
    set(accountId, status) {
      const entry = entries.get(accountId);
      if (entry) entry.status = status;
    },
    disconnect(accountId) {
      const entry = entries.get(accountId);
      if (!entry) return;
      entry.pages -= 1;
      if (entry.pages <= 0) entries.delete(accountId);
    },
    statusOf: (accountId) => entries.get(accountId)?.status ?? 'offline',
  };
}
