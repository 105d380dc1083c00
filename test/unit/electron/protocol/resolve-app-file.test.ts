import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../../electron/protocol/resolve-app-file';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveAppFile', () => {
  it('maps a page and an asset to files below the root', () => {
    expect(resolveAppFile('app://interpretable/doctor.html', root)).toBe(
      path.join(root, 'doctor.html'),
    );
    expect(resolveAppFile('app://interpretable/assets/index-abc.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppFile('app://interpretable/audio/ar/bonjour%20m%C3%A8re.mp3', root)).toBe(
      path.join(root, 'audio', 'ar', 'bonjour mère.mp3'),
    );
  });

  it.each([
    ['another host', 'app://evil/doctor.html'],
    ['another scheme', 'file:///srv/app/dist/renderer/doctor.html'],
    ['the root itself', 'app://interpretable/'],
    ['a folder', 'app://interpretable/assets/'],
    ['an encoded traversal', 'app://interpretable/..%2f..%2fetc%2fpasswd'],
    ['a backslash traversal', 'app://interpretable/assets%5c..%5c..%5csecret'],
    ['a drive letter', 'app://interpretable/C:%5cWindows%5cwin.ini'],
    ['a NUL byte', 'app://interpretable/doctor.html%00.png'],
    ['an empty segment', 'app://interpretable/assets//x.js'],
    ['malformed encoding', 'app://interpretable/%E0%A4%A.js'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('lets URL parsing collapse dot segments, which can then not climb above the root', () => {
    // WHATWG URL (like Chromium) treats %2e%2e as "..": the path is normalised before us.
    expect(resolveAppFile('app://interpretable/assets/%2e%2e/%2e%2e/secret.js', root)).toBe(
      path.join(root, 'secret.js'),
    );
  });

  it('refuses Windows traversal with Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\Interpretable\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppFile('app://interpretable/assets/app.js', winRoot, path.win32)).toBe(
      `${winRoot}\\assets\\app.js`,
    );
    expect(
      resolveAppFile('app://interpretable/..%5C..%5Csecret.txt', winRoot, path.win32),
    ).toBeNull();
  });
});
