import { describe, expect, it } from 'vitest';
import { decideWindowOpen, isAllowedNavigation } from '../../../../electron/security/navigation';

describe('isAllowedNavigation', () => {
  it('allows moving between app pages', () => {
    expect(isAllowedNavigation('app://interpretable/family.html')).toBe(true);
  });

  it('refuses any other origin', () => {
    expect(isAllowedNavigation('https://evil.example/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('http://127.0.0.1:4000/interpreter.html')).toBe(false);
  });
});

describe('decideWindowOpen', () => {
  it('always denies the window', () => {
    expect(decideWindowOpen('app://interpretable/family.html').action).toBe('deny');
    expect(decideWindowOpen('https://example.fr').action).toBe('deny');
  });

  it('sends only safe links to the OS', () => {
    expect(decideWindowOpen('https://example.fr').openExternally).toBe(true);
    expect(decideWindowOpen('file:///C:/x.exe').openExternally).toBe(false);
    expect(decideWindowOpen('app://interpretable/family.html').openExternally).toBe(false);
  });
});
