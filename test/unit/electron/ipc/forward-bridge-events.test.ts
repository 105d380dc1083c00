import { describe, expect, it, vi } from 'vitest';
import { forwardBridgeEvents } from '../../../../electron/ipc/forward-bridge-events';
import type { BridgeEventListener } from '../../../../server/local/local-service';

function windowStub(destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: { send: vi.fn() } };
}

describe('forwardBridgeEvents', () => {
  it('sends each service event to every live app window on the event channel', () => {
    let emit: BridgeEventListener = () => undefined;
    const unsubscribe = vi.fn();
    const live = [windowStub(), windowStub()];
    const gone = windowStub(true);
    const stop = forwardBridgeEvents(
      (listener) => {
        emit = listener;
        return unsubscribe;
      },
      () => [...live, gone].map((window) => ({ role: 'doctor' as const, window })),
    );
    const payload = { session: null, ended: null };
    emit('session.changed', payload);
    for (const window of live) {
      expect(window.webContents.send).toHaveBeenCalledWith('bridge-event:session.changed', payload);
    }
    expect(gone.webContents.send).not.toHaveBeenCalled();
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('keeps the doctor-only consultation event away from the family window', () => {
    let emit: BridgeEventListener = () => undefined;
    const doctor = windowStub();
    const family = windowStub();
    forwardBridgeEvents(
      (listener) => {
        emit = listener;
        return () => undefined;
      },
      () => [
        { role: 'doctor' as const, window: doctor },
        { role: 'family' as const, window: family },
      ],
    );
    emit('consultation.changed', null);
    emit('consultation.screen', null);
    expect(doctor.webContents.send).toHaveBeenCalledWith('bridge-event:consultation.changed', null);
    expect(family.webContents.send).not.toHaveBeenCalledWith(
      'bridge-event:consultation.changed',
      null,
    );
    expect(family.webContents.send).toHaveBeenCalledWith('bridge-event:consultation.screen', null);
  });
});
