// AccountStore over the hub's SQLite file: the hub's read side. Writes (enrolment, disabling,
// token rotation) are in account-admin.ts, used by the accounts CLI.
import { z } from 'zod';
import { LanguageCode } from '../../../shared/domain/languages';
import type { AccountStore, ClinicDevice, InterpreterAccount } from '../accounts';
import { normalizeLogin } from '../accounts';
import { hashDeviceToken } from '../device-tokens';
import { dataVersion, type HubDb } from './hub-database';

interface InterpreterRow {
  id: string;
  login: string;
  display_name: string;
  languages: string;
  password_hash: string;
}
interface DeviceRow {
  id: string;
  site: string;
  room: string;
  priority: string;
}

// Rows are re-validated on the way out: a hand-edited database must not smuggle a bad
// language code into dispatch.
const Languages = z.array(LanguageCode);
const Priority = z.array(z.string());

export function interpreterFromRow(row: InterpreterRow): InterpreterAccount {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    languages: Languages.parse(JSON.parse(row.languages)),
    passwordHash: row.password_hash,
  };
}

export function deviceFromRow(row: DeviceRow): ClinicDevice {
  return {
    id: row.id,
    site: row.site,
    room: row.room,
    priority: Priority.parse(JSON.parse(row.priority)),
  };
}

export function createSqliteAccountStore(db: HubDb): AccountStore {
  const byLogin = db.prepare<[string], InterpreterRow>(
    'SELECT * FROM interpreters WHERE login = ? AND disabled_at IS NULL',
  );
  const byId = db.prepare<[string], InterpreterRow>(
    'SELECT * FROM interpreters WHERE id = ? AND disabled_at IS NULL',
  );
  const byToken = db.prepare<[string], DeviceRow>(
    'SELECT * FROM devices WHERE token_hash = ? AND disabled_at IS NULL',
  );
  return {
    findByLogin: (login) => {
      const row = byLogin.get(normalizeLogin(login));
      return Promise.resolve(row ? interpreterFromRow(row) : null);
    },
    findById: (id) => {
      const row = byId.get(id);
      return Promise.resolve(row ? interpreterFromRow(row) : null);
    },
    findDeviceByToken: (token) => {
      const row = byToken.get(hashDeviceToken(token));
      return Promise.resolve(row ? deviceFromRow(row) : null);
    },
    // Moves only when another connection commits: account changes come from the accounts
    // CLI, a separate process, while the hub's own writes (call records) leave it alone.
    revision: () => dataVersion(db),
  };
}
