import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../../electron/security/external-urls';

describe('isSafeExternalUrl', () => {
  it.each(['https://www.ameli.fr/assure', 'http://example.fr/', 'mailto:pmi@departement.fr'])(
    'lets %s go to the OS',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
    },
  );

  it.each([
    ['a local file', 'file:///C:/Windows/System32/calc.exe'],
    ['an SMB share (leaks Windows credentials)', 'smb://attacker.example/share'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['javascript', 'javascript:alert(1)'],
    ['our own pages', 'app://interpretable/doctor.html'],
    ['a URL hiding its host behind credentials', 'https://www.ameli.fr@evil.example/'],
    ['an empty mailto', 'mailto:'],
    ['garbage', 'not a url'],
    ['an overlong URL', `https://example.fr/${'a'.repeat(3000)}`],
  ])('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
