// One app per clinic PC session: a second launch (a double click on the desktop icon while
// the app is open) must bring the existing doctor window forward, not open a second
// writer on the same session log.
import type { App } from 'electron';

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** False when another instance holds the lock; this one then quits at once. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  windowToFocus: () => FocusableWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = windowToFocus();
    if (window !== undefined) bringToFront(window);
  });
  return true;
}

export function bringToFront(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
