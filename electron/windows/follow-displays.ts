// Wires familyWindowChange to the screen's display events.
import type { BrowserWindow, Screen } from 'electron';
import { familyWindowChange } from './family-window-change';
import type { PlannedWindow } from './plan-windows';
import type { WindowRegistry } from './window-registry';

export interface FollowDisplaysOptions {
  screen: Pick<Screen, 'on' | 'getAllDisplays' | 'getPrimaryDisplay'>;
  registry: WindowRegistry<Pick<BrowserWindow, 'close'>>;
  openWindow: (planned: PlannedWindow) => void;
}

export function followDisplays(options: FollowDisplaysOptions): void {
  const apply = () => {
    const family = options.registry.find('family');
    const change = familyWindowChange(
      options.screen.getAllDisplays(),
      options.screen.getPrimaryDisplay().id,
      family?.displayId ?? null,
    );
    if (change.closeCurrent && family !== undefined) {
      // Forget it at once: it no longer speaks for the app, even before 'closed' arrives.
      options.registry.remove(family.webContentsId);
      family.window.close();
    }
    if (change.open !== null) options.openWindow(change.open);
  };
  options.screen.on('display-added', apply);
  options.screen.on('display-removed', apply);
}
