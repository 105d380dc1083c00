// Disabling an account (or rotating a device token) with the accounts CLI must cut the
// sockets already open with it. The CLI is another process writing the same SQLite file, so
// the hub polls the store's revision (SQLite's data_version: one cheap pragma) and re-checks
// every connection only when it moved.
import { hubCloseCodes } from '../../shared/hub/protocol';
import type { AccountStore } from './accounts';
import type { Connection, Connections } from './connections';

async function stillAllowed(accounts: AccountStore, c: Connection): Promise<boolean> {
  if (c.peer.kind === 'interpreter') return (await accounts.findById(c.peer.account.id)) !== null;
  const device = c.deviceToken ? await accounts.findDeviceByToken(c.deviceToken) : null;
  return device?.id === c.peer.device.id;
}

export function startAccountWatch(
  accounts: AccountStore,
  connections: Connections,
  intervalMs: number,
): { stop(): void; check(): Promise<void> } {
  let seen = accounts.revision();
  const check = async (): Promise<void> => {
    const revision = accounts.revision();
    if (revision === seen) return;
    try {
      for (const c of [...connections.all()]) {
        if (!(await stillAllowed(accounts, c))) {
          c.socket.close(hubCloseCodes.accountDisabled, 'Account disabled');
        }
      }
      seen = revision;
    } catch {
      // A failed read (database locked past busy_timeout, a hand-edited row) must not take
      // the hub down; `seen` stays behind, so the next tick checks again.
    }
  };
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
    },
    check,
  };
}
