import { describe, expect, it } from 'vitest';
import { familyWindowChange } from '../../../../electron/windows/family-window-change';
import { fakeDisplay } from '../fakes/fake-electron';

const primary = fakeDisplay(1, 0);
const second = fakeDisplay(2, 1920);
const third = fakeDisplay(3, 3840);

describe('familyWindowChange', () => {
  it('keeps the family window while its display is there', () => {
    expect(familyWindowChange([primary, second], 1, 2)).toEqual({
      closeCurrent: false,
      open: null,
    });
  });

  it('closes the family window when its display is unplugged', () => {
    expect(familyWindowChange([primary], 1, 2)).toEqual({ closeCurrent: true, open: null });
  });

  it('moves the family window to another remaining display', () => {
    const change = familyWindowChange([primary, third], 1, 2);
    expect(change.closeCurrent).toBe(true);
    expect(change.open).toMatchObject({ role: 'family', kiosk: true, display: third });
  });

  it('opens a family window when a second display is plugged in', () => {
    const change = familyWindowChange([primary, second], 1, null);
    expect(change).toMatchObject({
      closeCurrent: false,
      open: { role: 'family', display: second },
    });
  });

  it('does nothing with one display and no family window', () => {
    expect(familyWindowChange([primary], 1, null)).toEqual({ closeCurrent: false, open: null });
    expect(familyWindowChange([], null, null)).toEqual({ closeCurrent: false, open: null });
  });
});
