// Runs the shutdown before the process exits. 'will-quit' rather than 'before-quit': it
// comes after every window has closed, so no page can still be calling the bridge while the
// session log closes. Quitting is held back once, until the shutdown has finished.
import type { App } from 'electron';

export function closeBeforeQuit(
  app: Pick<App, 'on' | 'quit'>,
  shutdown: () => Promise<void>,
): void {
  let done = false;
  app.on('will-quit', (event) => {
    if (done) return;
    event.preventDefault();
    void shutdown().finally(() => {
      done = true;
      app.quit();
    });
  });
}
