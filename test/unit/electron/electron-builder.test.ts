// electron-builder.yml: loaded and validated by electron-builder's own code and schema,
// then the security-relevant settings asserted one by one.
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml', null);
});

function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? (target as unknown[]) : [target];
  return list.map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

describe('electron-builder.yml', () => {
  it('matches electron-builder’s configuration schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('identifies the app', () => {
    expect(config.appId).toBe('fr.interpretable.app');
    expect(config.productName).toBe('Interpretable');
    expect(config.directories?.output).toBe('release');
  });

  it('packs into an ASAR archive with native modules unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('flips every fuse that lets code run outside the signed archive', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an x64 NSIS installer for Windows that keeps the clinic’s data on uninstall', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('ships the build output and leaves source maps out', () => {
    const filters = (config.files as { filter?: string[] }[]).flatMap((set) => set.filter ?? []);
    expect(filters).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**', '!**/*.map']),
    );
  });
});

describe('electron-builder.yml — audio', () => {
  it('ships the generated and recorded clips (only .ogg) beside the archive', () => {
    expect(config.extraResources).toEqual([
      { from: '.cache/audio', to: 'audio', filter: ['*/*.ogg'] },
      { from: 'assets/audio/recorded', to: 'audio/recorded', filter: ['*/*.ogg'] },
    ]);
  });
});
