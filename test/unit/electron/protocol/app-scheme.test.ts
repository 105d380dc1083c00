import { describe, expect, it } from 'vitest';
import { appScheme } from '../../../../electron/protocol/app-scheme';

describe('appScheme', () => {
  it('registers app:// as a standard, secure scheme that supports fetch and media streaming', () => {
    expect(appScheme.scheme).toBe('app');
    expect(appScheme.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
    });
  });

  it('neither bypasses the CSP nor opens app:// to cross-origin reads', () => {
    expect(appScheme.privileges?.bypassCSP).not.toBe(true);
    expect(appScheme.privileges?.corsEnabled).not.toBe(true);
    expect(appScheme.privileges?.allowServiceWorkers).not.toBe(true);
  });
});
