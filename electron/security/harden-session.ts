// Installs the permission allowlist on a session. Both handlers are needed: Chromium asks
// the request handler when a page calls getUserMedia and the check handler for synchronous
// queries (navigator.permissions, device labels); USB/HID/serial go to the device handler.
import type { Session } from 'electron';
import { isPermissionAllowed } from './permissions';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      isPermissionAllowed({
        permission,
        requestingUrl: details.requestingUrl,
        ...(mediaTypes === undefined ? {} : { mediaTypes }),
      }),
    );
  });

  session.setPermissionCheckHandler((webContents, permission, requestingOrigin, details) => {
    // Checks without a page (service workers) never concern the app, which has none.
    if (webContents === null) return false;
    const mediaType = details.mediaType;
    return isPermissionAllowed({
      permission,
      requestingUrl: requestingOrigin,
      // 'unknown' means Chromium did not say which device; it is still camera or microphone.
      ...(mediaType === undefined || mediaType === 'unknown' ? {} : { mediaTypes: [mediaType] }),
    });
  });

  session.setDevicePermissionHandler(() => false);
}
