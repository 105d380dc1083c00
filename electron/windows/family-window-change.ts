// What to do with the family window when a screen is plugged in or out during the day.
// A kiosk window whose screen disappears would be moved by the OS onto the doctor's screen
// and cover it, so it is closed; a new second screen gets a family window.
import { planWindows, type DisplayLike, type PlannedWindow } from './plan-windows';

export interface FamilyWindowChange {
  closeCurrent: boolean;
  open: PlannedWindow | null;
}

export function familyWindowChange(
  displays: readonly DisplayLike[],
  primaryDisplayId: number | null,
  /** The display the open family window sits on, or null when there is none. */
  familyDisplayId: number | null,
): FamilyWindowChange {
  if (familyDisplayId !== null && displays.some((d) => d.id === familyDisplayId)) {
    return { closeCurrent: false, open: null };
  }
  const plannedFamily =
    displays.length === 0
      ? undefined
      : planWindows(displays, primaryDisplayId).windows.find((w) => w.role === 'family');
  return { closeCurrent: familyDisplayId !== null, open: plannedFamily ?? null };
}
