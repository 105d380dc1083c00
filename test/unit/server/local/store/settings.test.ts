import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../server/local/store/database';
import { defaultSettings, SettingsStore } from '../../../../../server/local/store/settings';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();

function store() {
  const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
  return { db, settings: new SettingsStore(db) };
}

describe('SettingsStore', () => {
  it('starts with the documented defaults', () => {
    const { db, settings } = store();
    expect(settings.read()).toEqual(defaultSettings);
    expect(defaultSettings.retentionDays).toBe(450);
    db.close();
  });

  it('saves a valid change and keeps the rest', () => {
    const { db, settings } = store();
    expect(settings.update({ retentionDays: 400 })).toEqual({
      ...defaultSettings,
      retentionDays: 400,
    });
    expect(new SettingsStore(db).read().retentionDays).toBe(400);
    db.close();
  });

  it('rejects an invalid value with BAD_REQUEST', () => {
    const { db, settings } = store();
    expect(() => settings.update({ retentionDays: 3 })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }) as Error,
    );
    expect(settings.read()).toEqual(defaultSettings);
    db.close();
  });

  it('falls back to the default for a stored value that no longer validates', () => {
    const { db, settings } = store();
    db.prepare("INSERT INTO settings VALUES ('retentionDays', '\"forever\"', 'now')").run();
    expect(settings.read().retentionDays).toBe(defaultSettings.retentionDays);
    db.close();
  });
});
