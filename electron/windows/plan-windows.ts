// Which windows to open on which screens. With a second display the family gets its own
// full-screen kiosk window there; with one display the doctor window carries both roles
// (the renderer offers the family view inside it when told `layout=single`).
import type { Rectangle } from 'electron';
import type { AppPage } from '../app-origin';

/** The part of Electron's Display this decision reads. */
export interface DisplayLike {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
  touchSupport?: 'available' | 'unavailable' | 'unknown';
}

export type WindowRole = 'doctor' | 'family';
export type WindowLayout = 'dual' | 'single';

export interface PlannedWindow {
  role: WindowRole;
  page: AppPage;
  /** Query parameters the page reads (the layout it must render). */
  query: Readonly<Record<string, string>>;
  display: DisplayLike;
  /** Full screen, no frame, no way out but the doctor's window: the family's screen. */
  kiosk: boolean;
}

export interface WindowPlan {
  layout: WindowLayout;
  windows: PlannedWindow[];
}

export function planWindows(
  displays: readonly DisplayLike[],
  primaryDisplayId: number | null = null,
): WindowPlan {
  const doctorDisplay = displays.find((d) => d.id === primaryDisplayId) ?? displays[0];
  if (doctorDisplay === undefined) throw new Error('No display to open the app on.');
  const familyDisplay = pickFamilyDisplay(displays, doctorDisplay);

  const doctor: PlannedWindow = {
    role: 'doctor',
    page: 'doctor',
    query: {},
    display: doctorDisplay,
    kiosk: false,
  };
  if (familyDisplay === null) {
    return { layout: 'single', windows: [{ ...doctor, query: { layout: 'single' } }] };
  }
  return {
    layout: 'dual',
    windows: [
      doctor,
      { role: 'family', page: 'family', query: {}, display: familyDisplay, kiosk: true },
    ],
  };
}

/** The first other display, preferring a touch screen: the family answers by tapping. */
export function pickFamilyDisplay(
  displays: readonly DisplayLike[],
  doctorDisplay: DisplayLike,
): DisplayLike | null {
  const others = displays.filter((d) => d.id !== doctorDisplay.id);
  return others.find((d) => d.touchSupport === 'available') ?? others[0] ?? null;
}
