// Who may call the bridge: the top frame of a window this app created, showing an app://
// page. The registry check stops any other webContents (a DevTools page, a window someone
// else's code opened); the URL check stops a window of ours that was somehow navigated away.
import { isAppOriginUrl } from '../app-origin';

/** The part of Electron's IpcMainInvokeEvent the check reads. */
export interface IpcSender {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export function isTrustedSender(
  event: IpcSender,
  isAppWebContents: (webContentsId: number) => boolean,
): boolean {
  if (!isAppWebContents(event.sender.id)) return false;
  let frame: IpcSender['senderFrame'];
  try {
    // Electron returns null, or throws in older versions, once the frame has gone.
    frame = event.senderFrame;
  } catch {
    return false;
  }
  if (frame === null) return false;
  // The app has no iframes; a sub-frame calling the bridge is not one of our pages.
  if (frame.parent !== null) return false;
  return isAppOriginUrl(frame.url);
}
