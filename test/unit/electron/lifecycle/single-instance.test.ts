import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { bringToFront, claimSingleInstance } from '../../../../electron/lifecycle/single-instance';

function fakeApp(hasLock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => hasLock),
    quit: vi.fn(),
  });
}

function fakeWindow(minimized: boolean) {
  return { isMinimized: () => minimized, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

describe('claimSingleInstance', () => {
  it('quits a second instance at once', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => undefined)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('brings the doctor window forward when a second launch is attempted', () => {
    const app = fakeApp(true);
    const doctor = fakeWindow(true);
    expect(claimSingleInstance(app as never, () => doctor)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, [], '/');
    expect(doctor.restore).toHaveBeenCalled();
    expect(doctor.focus).toHaveBeenCalled();
  });

  it('ignores a second launch before any window exists', () => {
    const app = fakeApp(true);
    claimSingleInstance(app as never, () => undefined);
    expect(() => app.emit('second-instance', {}, [], '/')).not.toThrow();
  });
});

describe('bringToFront', () => {
  it('restores only a minimised window, then shows and focuses it', () => {
    const shown = fakeWindow(false);
    bringToFront(shown);
    expect(shown.restore).not.toHaveBeenCalled();
    expect(shown.show).toHaveBeenCalled();
    expect(shown.focus).toHaveBeenCalled();
  });
});
