// Gives the app a hub URL: the external one, or an embedded hub on 127.0.0.1 serving the
// renderer build (interpreter.html) that accepts the app:// origin. A hub that fails to
// start must not stop the consultation: the app runs without calls (url null).
import { APP_ORIGIN } from '../app-origin';
import type { HubLocation } from './hub-location';

/** The shape of server/hub's startHub, restated so this file is testable on its own. */
export type StartHub = (options: {
  host: string;
  port: number;
  staticDir: string;
  allowedOrigins?: string[];
}) => Promise<{ url: string; close(): Promise<void> }>;

export interface HubConnection {
  url: string | null;
  close: () => Promise<void>;
}

export async function connectHub(
  location: HubLocation,
  rendererDir: string,
  start: StartHub,
  logError: (message: string, error: unknown) => void = console.error,
): Promise<HubConnection> {
  if (location.kind === 'external') return { url: location.url, close: () => Promise.resolve() };
  let hub: Awaited<ReturnType<StartHub>>;
  try {
    // Port 0: the OS picks a free port, so two test runs or a stale process never collide.
    hub = await start({
      host: '127.0.0.1',
      port: 0,
      staticDir: rendererDir,
      allowedOrigins: [APP_ORIGIN],
    });
  } catch (error) {
    logError('[hub] the embedded hub did not start; interpreter calls are unavailable', error);
    return { url: null, close: () => Promise.resolve() };
  }
  return { url: hub.url, close: () => hub.close() };
}
