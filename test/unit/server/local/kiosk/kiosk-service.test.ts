import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KioskService,
  MAX_WRONG_PINS,
  PIN_LOCK_MS,
} from '../../../../../server/local/kiosk/kiosk-service';
import { openDatabase } from '../../../../../server/local/store/database';
import { SettingsStore } from '../../../../../server/local/store/settings';
import { CodedError } from '../../../../../shared/bridge/result';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof CodedError ? error.code : 'THROWN';
  }
}

function setup() {
  const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
  let now = 1_000_000;
  const settings = new SettingsStore(db);
  const kiosk = new KioskService(settings, () => now);
  return { db, kiosk, settings, advance: (ms: number) => (now += ms) };
}

describe('KioskService', () => {
  it('refuses to unlock before a PIN is set, then unlocks with the right PIN only', () => {
    const { db, kiosk, settings } = setup();
    expect(kiosk.status()).toEqual({ pinSet: false, inactivitySeconds: 120 });
    expect(codeOf(() => kiosk.unlock('1234'))).toBe('PIN_NOT_SET');
    expect(kiosk.configure({ pin: '2580', inactivitySeconds: 30 })).toEqual({
      pinSet: true,
      inactivitySeconds: 30,
    });
    // Only a salted hash is stored, never the PIN.
    expect(settings.read().kioskPinHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(settings.read())).not.toContain('2580');
    expect(codeOf(() => kiosk.unlock('0000'))).toBe('PIN_WRONG');
    expect(kiosk.unlock('2580')).toEqual({ unlocked: true });
    db.close();
  });

  it('needs the current PIN to change it', () => {
    const { db, kiosk } = setup();
    kiosk.configure({ pin: '2580' });
    expect(codeOf(() => kiosk.configure({ pin: '1111' }))).toBe('PIN_WRONG');
    expect(codeOf(() => kiosk.configure({ pin: '1111', currentPin: '9999' }))).toBe('PIN_WRONG');
    kiosk.configure({ pin: '1111', currentPin: '2580' });
    expect(kiosk.unlock('1111')).toEqual({ unlocked: true });
    db.close();
  });

  it('locks for a minute after too many wrong PINs, even for the right one', () => {
    const { db, kiosk, advance } = setup();
    kiosk.configure({ pin: '2580' });
    for (let i = 0; i < MAX_WRONG_PINS; i += 1)
      expect(codeOf(() => kiosk.unlock('0000'))).toBe('PIN_WRONG');
    expect(codeOf(() => kiosk.unlock('2580'))).toBe('PIN_LOCKED');
    advance(PIN_LOCK_MS + 1);
    expect(kiosk.unlock('2580')).toEqual({ unlocked: true });
    db.close();
  });
});
