// Gives the app a hub URL and this PC's clinic-device token: the external hub with the token
// its admin issued (INTERPRETABLE_DEVICE_TOKEN, an environment variable, never a flag), or an
// embedded hub on 127.0.0.1 serving the renderer build (interpreter.html) that accepts the
// app:// origin, with the demo interpreter and a demo clinic device enrolled, as `npm start`
// does in the web shell, so "Appeler un·e interprète" works out of the box. A hub that fails
// to start must not stop the consultation: the app runs without calls (url null).
import type { CallHubSettings } from '../../server/local/calls-handlers';
import { APP_ORIGIN } from '../app-origin';
import type { HubLocation } from './hub-location';

/** The shape of server/hub's startHub, restated so this file is testable on its own. */
export type StartHub = (options: {
  host: string;
  port: number;
  staticDir: string;
  allowedOrigins?: string[];
  demo?: boolean;
  demoDevice?: boolean;
}) => Promise<{
  url: string;
  demoAccount: { login: string; password: string } | null;
  demoDeviceToken: string | null;
  close(): Promise<void>;
}>;

export interface HubConnection {
  url: string | null;
  /** This clinic device's token on that hub; null: calls say "no device token". */
  deviceToken: string | null;
  /** The embedded hub's demo interpreter, printed for whoever started the app. */
  demoAccount: { login: string; password: string } | null;
  close: () => Promise<void>;
}

export const DEVICE_TOKEN_ENV = 'INTERPRETABLE_DEVICE_TOKEN';
const TOKEN_PATTERN = /^[0-9a-f]{64}$/;

type LogError = (message: string, error: unknown) => void;

/** The external hub's device token from the environment; a malformed one is reported and
 * ignored (the hub would refuse it anyway), so consultations still start. */
export function deviceTokenFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  logError: LogError = console.error,
): string | null {
  const token = env[DEVICE_TOKEN_ENV]?.trim() ?? '';
  if (token === '') return null;
  if (TOKEN_PATTERN.test(token)) return token;
  logError(`[hub] ${DEVICE_TOKEN_ENV} is not a device token (64 hex digits); calls are off`, null);
  return null;
}

export async function connectHub(
  location: HubLocation,
  rendererDir: string,
  start: StartHub,
  logError: LogError = console.error,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<HubConnection> {
  if (location.kind === 'external') {
    return {
      url: location.url,
      deviceToken: deviceTokenFromEnv(env, logError),
      demoAccount: null,
      close: () => Promise.resolve(),
    };
  }
  let hub: Awaited<ReturnType<StartHub>>;
  try {
    // Port 0: the OS picks a free port, so two test runs or a stale process never collide.
    hub = await start({
      host: '127.0.0.1',
      port: 0,
      staticDir: rendererDir,
      allowedOrigins: [APP_ORIGIN],
      demo: true,
      demoDevice: true,
    });
  } catch (error) {
    logError('[hub] the embedded hub did not start; interpreter calls are unavailable', error);
    return { url: null, deviceToken: null, demoAccount: null, close: () => Promise.resolve() };
  }
  return {
    url: hub.url,
    deviceToken: hub.demoDeviceToken,
    demoAccount: hub.demoAccount,
    close: () => hub.close(),
  };
}

/** What the local service needs for `calls.config`; none when there is no hub at all. */
export function callHubSettings(connection: HubConnection): CallHubSettings | undefined {
  if (connection.url === null) return undefined;
  return { url: connection.url, deviceToken: connection.deviceToken };
}

/** The line telling whoever started the app where interpreters sign in (stdout only: the
 * demo password never appears in a window). */
export function hubBanner(connection: HubConnection): string | null {
  if (connection.url === null) return null;
  const demo = connection.demoAccount;
  return `Interpreter:  ${connection.url}${demo ? `   (demo account: ${demo.login} / ${demo.password})` : ''}`;
}
