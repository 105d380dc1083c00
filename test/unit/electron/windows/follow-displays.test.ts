import { EventEmitter } from 'node:events';
import type { BrowserWindow, Display } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { followDisplays } from '../../../../electron/windows/follow-displays';
import { WindowRegistry } from '../../../../electron/windows/window-registry';
import { fakeDisplay } from '../fakes/fake-electron';

function setUp(displays: Display[]) {
  const screen = Object.assign(new EventEmitter(), {
    displays,
    getAllDisplays: () => screen.displays,
    getPrimaryDisplay: (): Display => {
      const [primary] = displays;
      if (primary === undefined) throw new Error('no display');
      return primary;
    },
  });
  const registry = new WindowRegistry<Pick<BrowserWindow, 'close'>>();
  const openWindow = vi.fn();
  followDisplays({ screen: screen as never, registry, openWindow });
  return { screen, registry, openWindow };
}

describe('followDisplays', () => {
  it('opens a family window when a second display is plugged in', () => {
    const { screen, openWindow } = setUp([fakeDisplay(1, 0)]);
    screen.displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)];
    screen.emit('display-added');
    expect(openWindow).toHaveBeenCalledWith(
      expect.objectContaining({ role: 'family', kiosk: true }),
    );
  });

  it('closes and forgets the family window when its display is unplugged', () => {
    const { screen, registry, openWindow } = setUp([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
    const familyWindow = { close: vi.fn() };
    registry.add(12, { role: 'family', window: familyWindow, displayId: 2 });
    screen.displays = [fakeDisplay(1, 0)];
    screen.emit('display-removed');
    expect(familyWindow.close).toHaveBeenCalled();
    expect(registry.has(12)).toBe(false);
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('leaves a family window alone when another display changes', () => {
    const { screen, registry, openWindow } = setUp([
      fakeDisplay(1, 0),
      fakeDisplay(2, 1920),
      fakeDisplay(3, 3840),
    ]);
    const familyWindow = { close: vi.fn() };
    registry.add(12, { role: 'family', window: familyWindow, displayId: 2 });
    screen.displays = [fakeDisplay(1, 0), fakeDisplay(2, 1920)];
    screen.emit('display-removed');
    expect(familyWindow.close).not.toHaveBeenCalled();
    expect(openWindow).not.toHaveBeenCalled();
  });
});
