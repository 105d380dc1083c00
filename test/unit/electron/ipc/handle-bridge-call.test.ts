import { describe, expect, it, vi } from 'vitest';
import { handleBridgeCall } from '../../../../electron/ipc/handle-bridge-call';
import type { IpcSender } from '../../../../electron/ipc/sender-check';
import {
  createDispatcher,
  type BridgeHandlers,
  type Dispatch,
} from '../../../../server/local/bridge-dispatcher';
import { ok } from '../../../../shared/bridge/result';

const event: IpcSender = {
  sender: { id: 1 },
  senderFrame: { url: 'app://interpretable/doctor.html', parent: null },
};

function deps(trusted = true) {
  return {
    isTrustedSender: vi.fn(() => trusted),
    roleOf: vi.fn(() => 'doctor' as const),
    dispatch: vi.fn<Dispatch>(() => Promise.resolve(ok<unknown>('value'))),
    logError: vi.fn(),
  };
}

describe('handleBridgeCall', () => {
  it('dispatches a trusted call with its JSON input', async () => {
    const d = deps();
    await expect(handleBridgeCall('session.current', event, {}, d)).resolves.toEqual(ok('value'));
    expect(d.dispatch).toHaveBeenCalledWith('session.current', {}, 'doctor');
  });

  it('refuses a doctor method from the family kiosk window', async () => {
    const handlers = { 'session.end': vi.fn() } as unknown as BridgeHandlers;
    const dispatch = createDispatcher(handlers, () => undefined);
    const result = await handleBridgeCall(
      'session.end',
      event,
      { sessionId: '6f1c1f43-33a4-4c54-9d0b-5f6f1f1f1f1f' },
      { isTrustedSender: () => true, roleOf: () => 'family', dispatch },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ROLE' } });
    expect(handlers['session.end']).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender before looking at the input', async () => {
    const d = deps(false);
    const result = await handleBridgeCall('session.current', event, {}, d);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(d.dispatch).not.toHaveBeenCalled();
  });

  it('refuses an oversized input without dispatching it', async () => {
    const d = deps();
    const result = await handleBridgeCall('session.start', event, { x: 'a'.repeat(70_000) }, d);
    expect(result).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(d.dispatch).not.toHaveBeenCalled();
  });

  it('answers UNKNOWN_METHOD for a method outside the contract', async () => {
    const dispatch = createDispatcher({} as BridgeHandlers, () => undefined);
    const result = await handleBridgeCall(
      'session.delete',
      event,
      {},
      { isTrustedSender: () => true, roleOf: () => 'doctor', dispatch },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('turns a dispatcher that throws into an INTERNAL error value', async () => {
    const d = deps();
    d.dispatch.mockRejectedValueOnce(new Error('boom'));
    const result = await handleBridgeCall('session.current', event, {}, d);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(d.logError).toHaveBeenCalled();
  });
});
