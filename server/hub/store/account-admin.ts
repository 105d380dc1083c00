// The write side of accounts, used by `npm run hub -- accounts …` (and the demo setup):
// enrol interpreters, devices and admins, list them, disable them, rotate device tokens.
// Ids are random, so call records that carry them stay pseudonymous.
import { randomUUID } from 'node:crypto';
import type { LanguageCode } from '../../../shared/domain/languages';
import { normalizeLogin } from '../accounts';
import { generateDeviceToken, hashDeviceToken } from '../device-tokens';
import type { HubDb } from './hub-database';

export interface AccountListing {
  kind: 'interpreter' | 'device' | 'admin';
  id: string;
  /** Login, or "site / room" for a device. */
  name: string;
  detail: string;
  disabled: boolean;
}

export type AdminResult<T> = { ok: true; value: T } | { ok: false; message: string };

function now(): string {
  return new Date().toISOString();
}

function uniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.message.includes('UNIQUE constraint failed');
}

export function createAccountAdmin(db: HubDb) {
  return {
    addInterpreter(input: {
      login: string;
      displayName: string;
      languages: LanguageCode[];
      passwordHash: string;
      id?: string;
    }): AdminResult<{ id: string }> {
      const id = input.id ?? randomUUID();
      try {
        db.prepare(
          `INSERT INTO interpreters (id, login, display_name, languages, password_hash, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          normalizeLogin(input.login),
          input.displayName,
          JSON.stringify(input.languages),
          input.passwordHash,
          now(),
        );
      } catch (error) {
        if (uniqueViolation(error)) return { ok: false, message: `Login ${input.login} exists.` };
        throw error;
      }
      return { ok: true, value: { id } };
    },

    /** Replaces the password and re-enables (used for the demo account at each start). */
    setInterpreterPassword(login: string, passwordHash: string): boolean {
      const info = db
        .prepare('UPDATE interpreters SET password_hash = ?, disabled_at = NULL WHERE login = ?')
        .run(passwordHash, normalizeLogin(login));
      return info.changes > 0;
    },

    addDevice(input: {
      site: string;
      room: string;
      priority?: string[];
    }): AdminResult<{ id: string; token: string }> {
      const id = randomUUID();
      const token = generateDeviceToken();
      try {
        db.prepare(
          `INSERT INTO devices (id, site, room, token_hash, priority, created_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          input.site,
          input.room,
          hashDeviceToken(token),
          JSON.stringify(input.priority ?? []),
          now(),
        );
      } catch (error) {
        if (uniqueViolation(error)) {
          return { ok: false, message: `A device for ${input.site} / ${input.room} exists.` };
        }
        throw error;
      }
      return { ok: true, value: { id, token } };
    },

    /** A new token for the device; the old one stops working (and its sockets close). */
    rotateDeviceToken(id: string): AdminResult<{ token: string }> {
      const token = generateDeviceToken();
      const info = db
        .prepare('UPDATE devices SET token_hash = ? WHERE id = ?')
        .run(hashDeviceToken(token), id);
      if (info.changes === 0) return { ok: false, message: `No device with id ${id}.` };
      return { ok: true, value: { token } };
    },

    addAdmin(login: string, passwordHash: string): AdminResult<{ id: string }> {
      const id = randomUUID();
      try {
        db.prepare(
          'INSERT INTO admins (id, login, password_hash, created_at) VALUES (?, ?, ?, ?)',
        ).run(id, normalizeLogin(login), passwordHash, now());
      } catch (error) {
        if (uniqueViolation(error)) return { ok: false, message: `Login ${login} exists.` };
        throw error;
      }
      return { ok: true, value: { id } };
    },

    /** Disables an interpreter (by login or id), a device or an admin (by id). */
    disable(idOrLogin: string): AdminResult<{ kind: AccountListing['kind'] }> {
      const at = now();
      const key = normalizeLogin(idOrLogin);
      const tables = [
        ['interpreter', 'interpreters', 'id = ? OR login = ?'],
        ['device', 'devices', 'id = ? OR id = ?'],
        ['admin', 'admins', 'id = ? OR login = ?'],
      ] as const;
      for (const [kind, table, where] of tables) {
        const info = db
          .prepare(`UPDATE ${table} SET disabled_at = ? WHERE ${where}`)
          .run(at, idOrLogin, key);
        if (info.changes > 0) return { ok: true, value: { kind } };
      }
      return { ok: false, message: `No account or device ${idOrLogin}.` };
    },

    list(): AccountListing[] {
      const interpreters = db
        .prepare('SELECT id, login, display_name, languages, disabled_at FROM interpreters')
        .all() as {
        id: string;
        login: string;
        display_name: string;
        languages: string;
        disabled_at: string | null;
      }[];
      const devices = db
        .prepare('SELECT id, site, room, priority, disabled_at FROM devices')
        .all() as {
        id: string;
        site: string;
        room: string;
        priority: string;
        disabled_at: string | null;
      }[];
      const admins = db.prepare('SELECT id, login, disabled_at FROM admins').all() as {
        id: string;
        login: string;
        disabled_at: string | null;
      }[];
      return [
        ...interpreters.map((r) => ({
          kind: 'interpreter' as const,
          id: r.id,
          name: r.login,
          detail: `${r.display_name} — ${(JSON.parse(r.languages) as string[]).join(', ')}`,
          disabled: r.disabled_at !== null,
        })),
        ...devices.map((r) => ({
          kind: 'device' as const,
          id: r.id,
          name: `${r.site} / ${r.room}`,
          detail: `priority: ${(JSON.parse(r.priority) as string[]).join(', ') || '—'}`,
          disabled: r.disabled_at !== null,
        })),
        ...admins.map((r) => ({
          kind: 'admin' as const,
          id: r.id,
          name: r.login,
          detail: '',
          disabled: r.disabled_at !== null,
        })),
      ];
    },
  };
}

export type AccountAdmin = ReturnType<typeof createAccountAdmin>;
