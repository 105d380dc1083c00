import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchElectron, findElectron } from '../../../../server/cli/electron-launcher';
import { useTempDir } from '../../../helpers/temp-dir';

const tempDir = useTempDir();

function fakeElectronPackage(root: string, options: { binary: boolean; pathTxt: boolean }) {
  const pkg = join(root, 'node_modules/electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ version: '45.5.0' }));
  if (options.pathTxt) writeFileSync(join(pkg, 'path.txt'), 'electron');
  if (options.binary) writeFileSync(join(pkg, 'dist/electron'), '');
}

describe('findElectron', () => {
  it('finds the binary that path.txt names', () => {
    const root = tempDir();
    fakeElectronPackage(root, { binary: true, pathTxt: true });
    expect(findElectron(root)).toEqual({
      binary: join(root, 'node_modules/electron/dist/electron'),
      version: '45.5.0',
    });
  });

  it('reports a package whose download never ran, or whose binary is gone', () => {
    const never = tempDir();
    fakeElectronPackage(never, { binary: false, pathTxt: false });
    expect(findElectron(never)).toBeNull();
    const gone = tempDir();
    fakeElectronPackage(gone, { binary: false, pathTxt: true });
    expect(findElectron(gone)).toBeNull();
  });
});

describe('fetchElectron', () => {
  it('says why when there is nothing to run', () => {
    expect(fetchElectron(tempDir())).toBe('the electron package is not installed');
  });

  it('returns the first line the failing download script printed', () => {
    const root = tempDir();
    fakeElectronPackage(root, { binary: false, pathTxt: false });
    writeFileSync(
      join(root, 'node_modules/electron/install.js'),
      "console.error('\\nRequestError: getaddrinfo ENOTFOUND github.com\\n  at x'); process.exit(1);",
    );
    expect(fetchElectron(root)).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
  });

  it('succeeds when the script does', () => {
    const root = tempDir();
    fakeElectronPackage(root, { binary: false, pathTxt: false });
    writeFileSync(join(root, 'node_modules/electron/install.js'), 'process.exit(0);');
    expect(fetchElectron(root)).toBeNull();
  });
});
