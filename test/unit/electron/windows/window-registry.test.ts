import { describe, expect, it } from 'vitest';
import { WindowRegistry } from '../../../../electron/windows/window-registry';

describe('WindowRegistry', () => {
  it('knows the webContents it created, by id', () => {
    const registry = new WindowRegistry<string>();
    registry.add(4, { role: 'doctor', window: 'doctor window', displayId: 1 });
    expect(registry.has(4)).toBe(true);
    expect(registry.has(5)).toBe(false);
  });

  it('finds a window by role with its display', () => {
    const registry = new WindowRegistry<string>();
    registry.add(4, { role: 'doctor', window: 'doctor window', displayId: 1 });
    registry.add(9, { role: 'family', window: 'family window', displayId: 2 });
    expect(registry.find('family')).toEqual({
      webContentsId: 9,
      window: 'family window',
      displayId: 2,
    });
    expect(registry.all()).toEqual(['doctor window', 'family window']);
  });

  it('tells the role of a window it created, and nothing for others', () => {
    const registry = new WindowRegistry<string>();
    registry.add(9, { role: 'family', window: 'family window', displayId: 2 });
    expect(registry.roleOf(9)).toBe('family');
    expect(registry.roleOf(10)).toBeUndefined();
  });

  it('forgets a removed window', () => {
    const registry = new WindowRegistry<string>();
    registry.add(4, { role: 'doctor', window: 'doctor window', displayId: 1 });
    registry.remove(4);
    expect(registry.has(4)).toBe(false);
    expect(registry.find('doctor')).toBeUndefined();
    expect(registry.all()).toEqual([]);
  });
});
