// The account watch re-checks connections only when the accounts changed, closes the ones no
// longer allowed with 4403, and survives a failing read (then retries).
import { describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import type { AccountStore } from '../../../../server/hub/accounts';
import { startAccountWatch } from '../../../../server/hub/account-watch';
import { Connections } from '../../../../server/hub/connections';
import { testAccount } from './hub-test-kit';

async function setup() {
  let revision = 1;
  let failing = false;
  let disabled = false;
  const account = await testAccount();
  const store: AccountStore = {
    findByLogin: () => Promise.resolve(null),
    findById: () => {
      if (failing) return Promise.reject(new Error('database is locked'));
      return Promise.resolve(disabled ? null : account);
    },
    findDeviceByToken: () => Promise.resolve(null),
    revision: () => revision,
  };
  const close = vi.fn();
  const connections = new Connections();
  const socket = { close } as unknown as WebSocket;
  const send = () => undefined;
  connections.add({
    socket,
    peer: { kind: 'interpreter', account, send, sendEncoded: send },
    sessionId: 's',
    deviceToken: null,
  });
  const watch = startAccountWatch(store, connections, 60_000);
  return {
    watch,
    close,
    change: (next: { failing?: boolean; disabled?: boolean }) => {
      revision += 1;
      failing = next.failing ?? failing;
      disabled = next.disabled ?? disabled;
    },
    recover: () => {
      failing = false;
    },
  };
}

describe('account watch', () => {
  it('does nothing while the revision stays the same', async () => {
    const { watch, close } = await setup();
    await watch.check();
    expect(close).not.toHaveBeenCalled();
    watch.stop();
  });

  it('closes the sockets of a disabled account with 4403', async () => {
    const { watch, close, change } = await setup();
    change({ disabled: true });
    await watch.check();
    expect(close).toHaveBeenCalledWith(4403, 'Account disabled');
    watch.stop();
  });

  it('survives a failing read and checks again on the next tick', async () => {
    const { watch, close, change, recover } = await setup();
    change({ failing: true, disabled: true });
    await watch.check(); // resolves: the failure is swallowed, not thrown at the timer
    expect(close).not.toHaveBeenCalled();
    recover(); // no new revision: only the remembered failure makes it look again
    await watch.check();
    expect(close).toHaveBeenCalledWith(4403, 'Account disabled');
    watch.stop();
  });
});
