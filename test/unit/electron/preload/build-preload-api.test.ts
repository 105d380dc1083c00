import { describe, expect, it, vi } from 'vitest';
import { buildPreloadApi, type PreloadIpc } from '../../../../electron/preload/build-preload-api';
import type { BridgeEvent } from '../../../../shared/bridge/contract';
import { bridgeMethodNames } from '../../../../shared/bridge/contract';

function fakeIpc() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn<PreloadIpc['invoke']>(() => Promise.resolve({ ok: true, value: null })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn(
      (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    ),
  } satisfies PreloadIpc;
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'ipcRenderer itself' }, ...args);
  };
  return { ipc, emit, listeners };
}

describe('buildPreloadApi', () => {
  it('exposes one named function per contract method, and only those', () => {
    const api = buildPreloadApi(fakeIpc().ipc);
    expect(Object.keys(api.methods).sort()).toEqual([...bridgeMethodNames].sort());
    expect(Object.keys(api).sort()).toEqual(['methods', 'on']);
  });

  it('invokes each method on its own channel with the input', async () => {
    const { ipc } = fakeIpc();
    const api = buildPreloadApi(ipc);
    await expect(
      api.methods['session.start']({ consultationType: 'vaccination' }),
    ).resolves.toEqual({ ok: true, value: null });
    expect(ipc.invoke).toHaveBeenCalledWith('bridge:session.start', {
      consultationType: 'vaccination',
    });
  });

  it('is frozen, so the page cannot swap a method for another channel', () => {
    const api = buildPreloadApi(fakeIpc().ipc);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.methods)).toBe(true);
  });

  it('delivers event payloads without the IpcRendererEvent', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    buildPreloadApi(ipc).on('session.changed', listener);
    const payload = { session: null, ended: null };
    emit('bridge-event:session.changed', payload);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([payload]);
  });

  it('stops delivering after unsubscribe', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const listener = vi.fn();
    const stop = buildPreloadApi(ipc).on('session.changed', listener);
    stop();
    emit('bridge-event:session.changed', { session: null, ended: null });
    expect(listener).not.toHaveBeenCalled();
    expect(listeners.get('bridge-event:session.changed')?.size).toBe(0);
  });

  it('refuses event names outside the contract and non-function listeners', () => {
    const { ipc } = fakeIpc();
    const api = buildPreloadApi(ipc);
    expect(() => api.on('ipc-internal' as BridgeEvent, vi.fn())).toThrow(/Unknown bridge event/);
    expect(() => api.on('session.changed', 'not a function' as never)).toThrow(/function/);
    expect(ipc.on).not.toHaveBeenCalled();
  });
});
