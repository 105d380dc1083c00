import { describe, expect, it } from 'vitest';
import type { PlannedWindow } from '../../../../electron/windows/plan-windows';
import { plannedWindowUrl } from '../../../../electron/windows/window-url';
import { fakeDisplay } from '../fakes/fake-electron';

const single: PlannedWindow = {
  role: 'doctor',
  page: 'doctor',
  query: { layout: 'single' },
  display: fakeDisplay(1, 0),
  kiosk: false,
};

describe('plannedWindowUrl', () => {
  it('loads the page on app:// with its layout and the hub address', () => {
    expect(plannedWindowUrl(single, 'http://127.0.0.1:4100')).toBe(
      'app://interpretable/doctor.html?layout=single&hub=http%3A%2F%2F127.0.0.1%3A4100',
    );
  });

  it('leaves the hub out when there is none', () => {
    expect(plannedWindowUrl({ ...single, page: 'family', query: {} }, null)).toBe(
      'app://interpretable/family.html',
    );
  });
});
