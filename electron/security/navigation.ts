// What a page may do to leave itself: navigate only within the app origin, never open a
// window, and hand safe links to the OS. Plain decisions; harden-web-contents wires them.
import { isAppOriginUrl } from '../app-origin';
import { isSafeExternalUrl } from './external-urls';

/** In-app navigation (doctor.html → family.html) is fine; any other origin is not. */
export function isAllowedNavigation(url: string): boolean {
  return isAppOriginUrl(url);
}

export interface WindowOpenDecision {
  /** Always 'deny': the app never lets a page create a window. */
  action: 'deny';
  /** Whether to pass the URL to the system browser / mail client instead. */
  openExternally: boolean;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}
