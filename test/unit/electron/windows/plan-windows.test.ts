import { describe, expect, it } from 'vitest';
import { pickFamilyDisplay, planWindows } from '../../../../electron/windows/plan-windows';
import { fakeDisplay } from '../fakes/fake-electron';

describe('planWindows', () => {
  it('opens one window with both roles on a single display', () => {
    const display = fakeDisplay(1, 0);
    const plan = planWindows([display], 1);
    expect(plan.layout).toBe('single');
    expect(plan.windows).toEqual([
      { role: 'doctor', page: 'doctor', query: { layout: 'single' }, display, kiosk: false },
    ]);
  });

  it('puts the doctor on the primary display and a family kiosk on the other', () => {
    const primary = fakeDisplay(7, 1920);
    const other = fakeDisplay(3, 0);
    const plan = planWindows([other, primary], 7);
    expect(plan.layout).toBe('dual');
    expect(plan.windows).toEqual([
      { role: 'doctor', page: 'doctor', query: {}, display: primary, kiosk: false },
      { role: 'family', page: 'family', query: {}, display: other, kiosk: true },
    ]);
  });

  it('uses the first display for the doctor when the primary one is unknown', () => {
    const plan = planWindows([fakeDisplay(1, 0), fakeDisplay(2, 1920)]);
    expect(plan.windows.map((w) => [w.role, w.display.id])).toEqual([
      ['doctor', 1],
      ['family', 2],
    ]);
  });

  it('fails loudly without any display', () => {
    expect(() => planWindows([])).toThrow(/No display/);
  });
});

describe('pickFamilyDisplay', () => {
  it('prefers a touch screen for the family', () => {
    const doctor = fakeDisplay(1, 0);
    const plain = fakeDisplay(2, 1920, 'unavailable');
    const touch = fakeDisplay(3, 3840, 'available');
    expect(pickFamilyDisplay([doctor, plain, touch], doctor)).toBe(touch);
  });

  it('takes the first other display when none is touch', () => {
    const doctor = fakeDisplay(1, 0);
    const other = fakeDisplay(2, 1920);
    expect(pickFamilyDisplay([doctor, other], doctor)).toBe(other);
    expect(pickFamilyDisplay([doctor], doctor)).toBeNull();
  });
});
