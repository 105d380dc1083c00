// The one origin the app's pages live on. Every guard (protocol handler, navigation,
// permissions, IPC sender check) compares against this, so it is defined once.
export const APP_SCHEME = 'app';
export const APP_HOST = 'interpretable';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The pages the shell opens itself; interpreter.html is served by the hub, not here. */
export type AppPage = 'doctor' | 'family';

export function appPageUrl(page: AppPage, query: Readonly<Record<string, string>> = {}): string {
  const url = new URL(`${APP_ORIGIN}/${page}.html`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * True when `url` is on the app origin. WHATWG URL gives non-special schemes an opaque
 * origin ("null"), so the parts are compared one by one instead of `url.origin`. A port or
 * credentials make `host`/`username` differ, so `app://interpretable:1` or
 * `app://x@interpretable` are refused.
 */
export function isAppOriginUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
