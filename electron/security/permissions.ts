// Which browser permissions a page may have: an allowlist with one line per permission and
// why (as in Signal Desktop's app/permissions), and only for the app's own origin.
import { isAppOriginUrl } from '../app-origin';

const allowedPermissions: ReadonlySet<string> = new Set([
  // Camera and microphone, for the video call with a remote interpreter (getUserMedia).
  'media',
]);
// Deliberately not allowed:
// - 'fullscreen': the family window's kiosk fullscreen is set by the main process through its
//   BrowserWindow options, which never asks this handler. A page must not take over a screen
//   by itself (cover the doctor's window, imitate a system dialog).
// - 'openExternal': external links go through the window-open handler and its scheme check.
// - 'display-capture', 'notifications', 'geolocation', 'clipboard-read', 'hid', 'serial', 'usb'
//   and the rest: nothing in the app needs them.

/** Camera and microphone only; never screen or window capture. */
const allowedMediaTypes: ReadonlySet<string> = new Set(['audio', 'video']);

export interface PermissionQuery {
  permission: string;
  /** The requesting page's URL (request handler) or origin (check handler). */
  requestingUrl: string;
  /** For 'media': which devices are asked for. */
  mediaTypes?: readonly string[];
}

export function isPermissionAllowed(query: PermissionQuery): boolean {
  if (!allowedPermissions.has(query.permission)) return false;
  if (!isAppOriginUrl(query.requestingUrl)) return false;
  const mediaTypes = query.mediaTypes ?? [];
  return mediaTypes.every((type) => allowedMediaTypes.has(type));
}
