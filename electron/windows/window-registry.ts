// The windows this app created, keyed by their webContents id. The IPC sender check asks
// it "did we create the sender?" (Electron Fiddle: only accept messages from BrowserWindows
// created by the app), events are broadcast to its windows, a second launch focuses the
// doctor window found here, and display changes look up the family window's screen.
import type { WindowRole } from './plan-windows';

interface Entry<W> {
  role: WindowRole;
  window: W;
  displayId: number;
}

export class WindowRegistry<W> {
  private readonly entries = new Map<number, Entry<W>>();

  add(webContentsId: number, entry: Entry<W>): void {
    this.entries.set(webContentsId, entry);
  }

  /** On the window's 'closed' event: Chromium may reuse a closed window's id. */
  remove(webContentsId: number): void {
    this.entries.delete(webContentsId);
  }

  has(webContentsId: number): boolean {
    return this.entries.has(webContentsId);
  }

  /** The role of a window we created; undefined for any other webContents. */
  roleOf(webContentsId: number): WindowRole | undefined {
    return this.entries.get(webContentsId)?.role;
  }

  find(role: WindowRole): { webContentsId: number; window: W; displayId: number } | undefined {
    for (const [webContentsId, entry] of this.entries) {
      if (entry.role === role)
        return { webContentsId, window: entry.window, displayId: entry.displayId };
    }
    return undefined;
  }

  all(): W[] {
    return [...this.entries.values()].map((entry) => entry.window);
  }

  /** Every window with its role (events are sent by role). */
  withRoles(): { role: WindowRole; window: W }[] {
    return [...this.entries.values()].map(({ role, window }) => ({ role, window }));
  }
}
