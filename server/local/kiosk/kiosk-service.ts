// Kiosk settings and the PIN that brings the doctor back from the family screen. Five wrong
// PINs lock it for a minute, so a curious child cannot walk the 10 000 four-digit codes.
import type { KioskStatus, MethodInput } from '../../../shared/bridge/contract';
import { CodedError } from '../../../shared/bridge/result';
import type { SettingsStore } from '../store/settings';
import { hashPin, pinMatches } from './kiosk-pin';

export const MAX_WRONG_PINS = 5;
export const PIN_LOCK_MS = 60_000;

export class KioskService {
  private wrong = 0;
  private lockedUntil = 0;

  constructor(
    private readonly settings: SettingsStore,
    private readonly now: () => number = Date.now,
  ) {}

  status(): KioskStatus {
    const settings = this.settings.read();
    return {
      pinSet: settings.kioskPinHash !== null,
      inactivitySeconds: settings.kioskInactivitySeconds,
    };
  }

  configure(input: MethodInput<'kiosk.configure'>): KioskStatus {
    const stored = this.settings.read().kioskPinHash;
    if (input.pin !== undefined) {
      // Changing an existing PIN needs the current one: an unattended doctor screen must not
      // let anyone lock the doctor out of their own kiosk.
      if (
        stored !== null &&
        (input.currentPin === undefined || !pinMatches(input.currentPin, stored))
      ) {
        throw new CodedError('PIN_WRONG', 'The current PIN is not right: the PIN was not changed.');
      }
      this.settings.update({ kioskPinHash: hashPin(input.pin) });
    }
    if (input.inactivitySeconds !== undefined) {
      this.settings.update({ kioskInactivitySeconds: input.inactivitySeconds });
    }
    return this.status();
  }

  unlock(pin: string): { unlocked: true } {
    const stored = this.settings.read().kioskPinHash;
    if (stored === null) {
      throw new CodedError('PIN_NOT_SET', 'No PIN is set: choose one in the settings first.');
    }
    const now = this.now();
    if (now < this.lockedUntil) {
      const seconds = Math.ceil((this.lockedUntil - now) / 1000);
      throw new CodedError('PIN_LOCKED', `Too many wrong PINs: try again in ${seconds} s.`);
    }
    if (!pinMatches(pin, stored)) {
      this.wrong += 1;
      if (this.wrong >= MAX_WRONG_PINS) {
        this.wrong = 0;
        this.lockedUntil = now + PIN_LOCK_MS;
      }
      throw new CodedError('PIN_WRONG', 'Wrong PIN.');
    }
    this.wrong = 0;
    return { unlocked: true };
  }
}
