// Applied to every webContents the app creates (app 'web-contents-created'), so no window,
// present or future, escapes it: no new windows, no navigation off the app origin, no
// <webview>. External links reach the OS only after the scheme check.
import type { WebContents } from 'electron';
import { decideWindowOpen, isAllowedNavigation } from './navigation';

export interface HardenWebContentsOptions {
  /** shell.openExternal in production; a spy in tests. */
  openExternal: (url: string) => Promise<void>;
  /** Where to report refusals; the local console by default (logs stay on the clinic PC). */
  onBlocked?: (what: string) => void;
}

export function hardenWebContents(contents: WebContents, options: HardenWebContentsOptions): void {
  const report =
    options.onBlocked ??
    ((what: string) => {
      console.warn(`[security] ${what}`);
    });

  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) {
      options.openExternal(url).catch(() => {
        report('the OS could not open an external link');
      });
    } else {
      report(`blocked a new window (${schemeOf(url)})`);
    }
    return { action: decision.action };
  });

  const guardNavigation = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    report(`blocked ${kind} to ${schemeOf(event.url)}`);
  };
  contents.on('will-navigate', (event) => {
    guardNavigation(event, 'a navigation');
  });
  contents.on('will-frame-navigate', (event) => {
    guardNavigation(event, 'a frame navigation');
  });
  contents.on('will-redirect', (event) => {
    guardNavigation(event, 'a redirect');
  });

  // No page of ours uses <webview> (webviewTag is off too); refuse any attempt outright.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    report('blocked a <webview>');
  });
}

/** Only the scheme goes to the log: a URL may carry more than we want written down. */
function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon > 0 && colon < 20 ? url.slice(0, colon + 1) : 'an invalid URL';
}
