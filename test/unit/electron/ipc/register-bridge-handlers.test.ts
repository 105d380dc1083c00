// The Electron transport end to end, minus Electron: a fake ipcMain, the real dispatcher
// and contract, and stub session handlers instead of SQLite.
import { describe, expect, it, vi } from 'vitest';
import { registerBridgeHandlers } from '../../../../electron/ipc/register-bridge-handlers';
import { isTrustedSender } from '../../../../electron/ipc/sender-check';
import { createDispatcher, type BridgeHandlers } from '../../../../server/local/bridge-dispatcher';
import { bridgeMethodNames, ipcChannel } from '../../../../shared/bridge/contract';
import { MAX_BRIDGE_FRAME_BYTES } from '../../../../shared/bridge/wire';
import { FakeIpcMain } from '../fakes/fake-electron';

const SESSION = {
  id: '7f0c1a52-4f5e-4a7b-9a53-2a1f0e6f9c11',
  consultationType: 'vaccination',
  language: null,
  startedAt: '2025-01-02T03:04:05.000Z',
  endedAt: null,
};

function setUp() {
  const handlers = {
    'session.start': vi.fn(() => SESSION),
    'session.chooseLanguage': vi.fn(() => SESSION),
    'session.end': vi.fn(() => SESSION),
    'session.current': vi.fn(() => null),
  };
  const ipcMain = new FakeIpcMain();
  const appWebContents = new Set([1]);
  const remove = registerBridgeHandlers(ipcMain, {
    dispatch: createDispatcher(handlers as unknown as BridgeHandlers, () => undefined),
    isTrustedSender: (event) => isTrustedSender(event, (id) => appWebContents.has(id)),
    roleOf: () => 'doctor',
  });
  return { ipcMain, handlers, remove };
}

const fromApp = {
  sender: { id: 1 },
  senderFrame: { url: 'app://interpretable/doctor.html', parent: null },
};

describe('registerBridgeHandlers', () => {
  it('registers one channel per contract method and nothing else', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      bridgeMethodNames.map((m) => ipcChannel.method(m)).sort(),
    );
  });

  it('answers a valid call from an app window', async () => {
    const { ipcMain, handlers } = setUp();
    const result = await ipcMain.invoke(ipcChannel.method('session.start'), fromApp, {
      consultationType: 'vaccination',
    });
    expect(result).toEqual({ ok: true, value: SESSION });
    expect(handlers['session.start']).toHaveBeenCalledWith({ consultationType: 'vaccination' });
  });

  it('rejects a sender the app did not create: FORBIDDEN_SENDER', async () => {
    const { ipcMain, handlers } = setUp();
    const stranger = {
      sender: { id: 99 },
      senderFrame: { url: 'app://interpretable/doctor.html', parent: null },
    };
    const result = await ipcMain.invoke(ipcChannel.method('session.current'), stranger, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(handlers['session.current']).not.toHaveBeenCalled();
  });

  it('rejects an app window navigated to another origin: FORBIDDEN_SENDER', async () => {
    const { ipcMain } = setUp();
    const hijacked = {
      sender: { id: 1 },
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    const result = await ipcMain.invoke(ipcChannel.method('session.current'), hijacked, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('rejects malformed input: BAD_REQUEST', async () => {
    const { ipcMain, handlers } = setUp();
    for (const input of [
      { consultationType: 42 },
      { consultationType: 'vaccination', extra: true },
      'text',
    ]) {
      const result = await ipcMain.invoke(ipcChannel.method('session.start'), fromApp, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(handlers['session.start']).not.toHaveBeenCalled();
  });

  it('has no handler for an unknown method, so the renderer call fails', async () => {
    const { ipcMain } = setUp();
    await expect(ipcMain.invoke('bridge:session.delete', fromApp, {})).rejects.toThrow(
      /No handler registered/,
    );
  });

  it('rejects an input above MAX_BRIDGE_FRAME_BYTES: PAYLOAD_TOO_LARGE', async () => {
    const { ipcMain, handlers } = setUp();
    const input = { consultationType: 'x'.repeat(MAX_BRIDGE_FRAME_BYTES) };
    const result = await ipcMain.invoke(ipcChannel.method('session.start'), fromApp, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(handlers['session.start']).not.toHaveBeenCalled();
  });

  it('removes every handler again', () => {
    const { ipcMain, remove } = setUp();
    remove();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
