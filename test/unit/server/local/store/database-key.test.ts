import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileKeyStore,
  KEY_BYTES,
  resolveDatabaseKey,
  type KeyStore,
} from '../../../../../server/local/store/database-key';
import { useTempDir } from '../../../../helpers/temp-dir';

const tempDir = useTempDir();

function memoryStore(initial: Buffer | null = null): KeyStore & { saved: Buffer[] } {
  let key = initial;
  const saved: Buffer[] = [];
  return {
    description: 'memory',
    saved,
    load: () => key,
    save: (k) => {
      key = k;
      saved.push(k);
    },
  };
}

describe('resolveDatabaseKey', () => {
  it('makes and saves 32 random bytes at first start', () => {
    const store = memoryStore();
    const key = resolveDatabaseKey(store, false);
    expect(key).toHaveLength(KEY_BYTES);
    expect(store.saved).toEqual([key]);
    expect(resolveDatabaseKey(memoryStore(), false).equals(key)).toBe(false);
  });

  it('returns the stored key without saving again', () => {
    const existing = Buffer.alloc(32, 1);
    const store = memoryStore(existing);
    expect(resolveDatabaseKey(store, true)).toBe(existing);
    expect(store.saved).toEqual([]);
  });

  it('refuses to invent a key for an existing database', () => {
    const store = memoryStore();
    expect(() => resolveDatabaseKey(store, true)).toThrow(
      expect.objectContaining({ code: 'KEY_MISSING' }) as Error,
    );
    expect(store.saved).toEqual([]);
  });
});

describe('fileKeyStore', () => {
  it('writes the key as hex in a file only its owner can read', () => {
    const file = join(tempDir(), 'session-log.key');
    const store = fileKeyStore(file);
    expect(store.load()).toBeNull();
    const key = Buffer.alloc(32, 0xcd);
    store.save(key);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(store.load()?.equals(key)).toBe(true);
  });

  it('creates a data folder that does not exist yet', () => {
    const file = join(tempDir(), 'new', 'folder', 'session-log.key');
    fileKeyStore(file).save(Buffer.alloc(32, 1));
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('never overwrites an existing key file', () => {
    const file = join(tempDir(), 'session-log.key');
    const store = fileKeyStore(file);
    store.save(Buffer.alloc(32, 1));
    expect(() => {
      store.save(Buffer.alloc(32, 2));
    }).toThrow(/EEXIST/);
    expect(store.load()?.equals(Buffer.alloc(32, 1))).toBe(true);
  });

  it('reports a damaged key file with KEY_REJECTED', () => {
    const file = join(tempDir(), 'session-log.key');
    writeFileSync(file, 'not-a-key');
    expect(() => fileKeyStore(file).load()).toThrow(
      expect.objectContaining({ code: 'KEY_REJECTED' }) as Error,
    );
  });
});
