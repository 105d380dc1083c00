import { describe, expect, it } from 'vitest';
import { storageErrorCode, toStorageError } from '../../../../../server/local/store/storage-errors';
import { CodedError } from '../../../../../shared/bridge/result';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('storageErrorCode', () => {
  it.each([
    ['SQLITE_FULL', 'STORAGE_FULL'],
    ['ENOSPC', 'STORAGE_FULL'],
    ['SQLITE_READONLY_DBMOVED', 'STORAGE_READ_ONLY'],
    ['EROFS', 'STORAGE_READ_ONLY'],
    ['SQLITE_CANTOPEN', 'STORAGE_READ_ONLY'],
    ['SQLITE_NOTADB', 'KEY_REJECTED'],
    ['SQLITE_CORRUPT_VTAB', 'DATABASE_CORRUPT'],
    ['SQLITE_BUSY', null],
  ])('maps %s to %s', (code, expected) => {
    expect(storageErrorCode(withCode(code))).toBe(expected);
  });
});

describe('toStorageError', () => {
  it('says what failed and what to do', () => {
    const error = toStorageError(withCode('SQLITE_FULL'), 'Writing a backup');
    expect(error.code).toBe('STORAGE_FULL');
    expect(error.message).toMatch(/^Writing a backup failed: SQLITE_FULL\. The disk is full/);
  });

  it('passes coded errors through and keeps unknown ones INTERNAL', () => {
    const coded = new CodedError('NO_BACKUP', 'none');
    expect(toStorageError(coded, 'x')).toBe(coded);
    expect(toStorageError(new Error('boom'), 'x').code).toBe('INTERNAL');
  });
});
