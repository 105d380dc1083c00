import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from '../../../../electron/security/harden-web-contents';
import { FakeWebContents, fakeNavigationEvent } from '../fakes/fake-electron';

function hardened() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const onBlocked = vi.fn();
  hardenWebContents(contents as unknown as WebContents, { openExternal, onBlocked });
  return { contents, openExternal, onBlocked };
}

describe('hardenWebContents', () => {
  it('denies every new window and opens safe links in the OS', () => {
    const { contents, openExternal } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.fr/aide' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).toHaveBeenCalledWith('https://example.fr/aide');
  });

  it('denies a window to an unsafe URL without opening it anywhere', () => {
    const { contents, openExternal, onBlocked } = hardened();
    expect(contents.windowOpenHandler?.({ url: 'file:///C:/x.exe' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(onBlocked).toHaveBeenCalledWith('blocked a new window (file:)');
  });

  it('reports when the OS fails to open a link', async () => {
    const { contents, openExternal, onBlocked } = hardened();
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    contents.windowOpenHandler?.({ url: 'https://example.fr' });
    await vi.waitFor(() => {
      expect(onBlocked).toHaveBeenCalledWith('the OS could not open an external link');
    });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stops leaving the app origin, allows moving within it',
    (eventName) => {
      const { contents } = hardened();
      const away = fakeNavigationEvent('https://evil.example/');
      contents.emit(eventName, away);
      expect(away.preventDefault).toHaveBeenCalled();

      const within = fakeNavigationEvent('app://interpretable/family.html');
      contents.emit(eventName, within);
      expect(within.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('never attaches a <webview>', () => {
    const { contents } = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('logs only the scheme of a blocked URL', () => {
    const { contents, onBlocked } = hardened();
    contents.emit('will-navigate', fakeNavigationEvent('https://evil.example/?patient=secret'));
    expect(onBlocked).toHaveBeenCalledWith('blocked a navigation to https:');
  });
});
