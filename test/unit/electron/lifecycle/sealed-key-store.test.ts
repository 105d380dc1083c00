import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealedKeyStore } from '../../../../electron/lifecycle/sealed-key-store';
import { openStore } from '../../../../server/local/store/open-store';
import { useTempDir } from '../../../helpers/temp-dir';
import { FakeSafeStorage } from '../fakes/fake-electron';

const tempDir = useTempDir();
const key = Buffer.alloc(32, 0x42);

describe('sealedKeyStore', () => {
  it('seals the key: the 0600 file never holds it in clear, and it opens again', () => {
    const file = join(tempDir(), 'session-log.key.sealed');
    const store = sealedKeyStore(new FakeSafeStorage(), file);
    expect(store.load()).toBeNull();
    store.save(key);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file).toString('latin1')).not.toContain(key.toString('hex'));
    expect(store.load()?.equals(key)).toBe(true);
  });

  it("refuses another account's seal with KEY_REJECTED", () => {
    const file = join(tempDir(), 'sealed');
    sealedKeyStore(new FakeSafeStorage('alice'), file).save(key);
    expect(() => sealedKeyStore(new FakeSafeStorage('bob'), file).load()).toThrow(
      expect.objectContaining({ code: 'KEY_REJECTED' }) as Error,
    );
  });

  it('refuses to store a key without OS encryption (KEY_UNAVAILABLE)', () => {
    const safeStorage = new FakeSafeStorage();
    safeStorage.available = false;
    const store = sealedKeyStore(safeStorage, join(tempDir(), 'sealed'));
    expect(() => {
      store.save(key);
    }).toThrow(expect.objectContaining({ code: 'KEY_UNAVAILABLE' }) as Error);
  });

  it('opens the encrypted session log through openStore', () => {
    const dataDir = tempDir();
    const keyStore = sealedKeyStore(new FakeSafeStorage(), join(dataDir, 'sealed'));
    openStore({ dataDir, keyStore }).db.close();
    const again = openStore({ dataDir, keyStore });
    expect(again.key.equals(keyStore.load() ?? Buffer.alloc(0))).toBe(true);
    again.db.close();
    expect(() =>
      openStore({
        dataDir,
        keyStore: sealedKeyStore(new FakeSafeStorage(), join(dataDir, 'none')),
      }),
    ).toThrow(expect.objectContaining({ code: 'KEY_MISSING' }) as Error);
  });
});
