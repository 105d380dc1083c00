import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../../electron/security/permissions';

const page = 'app://interpretable/doctor.html';

describe('isPermissionAllowed', () => {
  it('allows camera and microphone for the app origin', () => {
    expect(
      isPermissionAllowed({
        permission: 'media',
        requestingUrl: page,
        mediaTypes: ['audio', 'video'],
      }),
    ).toBe(true);
    expect(isPermissionAllowed({ permission: 'media', requestingUrl: 'app://interpretable' })).toBe(
      true,
    );
  });

  it('refuses media for any other origin', () => {
    for (const requestingUrl of [
      'https://evil.example',
      'http://127.0.0.1:4000/',
      'file:///x.html',
      'app://other/',
    ]) {
      expect(
        isPermissionAllowed({ permission: 'media', requestingUrl, mediaTypes: ['audio'] }),
      ).toBe(false);
    }
  });

  it('refuses media types other than camera and microphone', () => {
    expect(
      isPermissionAllowed({
        permission: 'media',
        requestingUrl: page,
        mediaTypes: ['audio', 'screen'],
      }),
    ).toBe(false);
  });

  it.each([
    'fullscreen',
    'openExternal',
    'display-capture',
    'notifications',
    'geolocation',
    'clipboard-read',
    'hid',
    'serial',
    'usb',
    'unknown',
  ])('refuses %s even for the app origin', (permission) => {
    expect(isPermissionAllowed({ permission, requestingUrl: page })).toBe(false);
  });
});
