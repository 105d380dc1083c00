import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession } from '../../../../electron/security/harden-session';
import { FakeSession } from '../fakes/fake-electron';

function hardened() {
  const session = new FakeSession();
  hardenSession(session as unknown as Session);
  return session;
}

function request(session: FakeSession, permission: string, details: object): boolean {
  const callback = vi.fn();
  session.permissionRequestHandler?.({}, permission, callback, details);
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]?.[0] as boolean;
}

describe('hardenSession', () => {
  it('grants camera and microphone to an app page', () => {
    const session = hardened();
    const details = {
      requestingUrl: 'app://interpretable/doctor.html',
      isMainFrame: true,
      mediaTypes: ['audio', 'video'],
    };
    expect(request(session, 'media', details)).toBe(true);
  });

  it('refuses media to another origin and every other permission', () => {
    const session = hardened();
    expect(
      request(session, 'media', {
        requestingUrl: 'https://evil.example/',
        isMainFrame: true,
        mediaTypes: ['video'],
      }),
    ).toBe(false);
    expect(
      request(session, 'fullscreen', {
        requestingUrl: 'app://interpretable/family.html',
        isMainFrame: true,
      }),
    ).toBe(false);
    expect(
      request(session, 'notifications', {
        requestingUrl: 'app://interpretable/doctor.html',
        isMainFrame: true,
      }),
    ).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const session = hardened();
    const check = session.permissionCheckHandler;
    expect(
      check?.({}, 'media', 'app://interpretable/', { mediaType: 'video', isMainFrame: true }),
    ).toBe(true);
    expect(
      check?.({}, 'media', 'app://interpretable/', { mediaType: 'unknown', isMainFrame: true }),
    ).toBe(true);
    expect(
      check?.({}, 'media', 'https://evil.example/', { mediaType: 'audio', isMainFrame: true }),
    ).toBe(false);
    expect(check?.({}, 'geolocation', 'app://interpretable/', { isMainFrame: true })).toBe(false);
  });

  it('refuses checks that come from no page at all', () => {
    const session = hardened();
    expect(
      session.permissionCheckHandler?.(null, 'media', 'app://interpretable/', {
        isMainFrame: true,
      }),
    ).toBe(false);
  });

  it('refuses USB, HID and serial devices', () => {
    expect(
      hardened().devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://interpretable' }),
    ).toBe(false);
  });
});
