// Who may use the hub, behind an interface: the routes and the WebSocket gate only read
// accounts through AccountStore; the SQLite implementation is store/sqlite-accounts.ts.
import type { LanguageCode } from '../../shared/domain/languages';
import type { InterpreterProfile } from '../../shared/hub/protocol';
import { hashPassword, verifyPassword } from './password';

export interface InterpreterAccount {
  id: string;
  login: string;
  displayName: string;
  languages: LanguageCode[];
  /** scrypt hash from password.ts, never the password itself. */
  passwordHash: string;
}

/** A clinic PC (one consultation room) enrolled with a device token. */
export interface ClinicDevice {
  id: string;
  site: string;
  room: string;
  /** Interpreter ids rung before everyone else (the clinic's regular interpreters). */
  priority: string[];
}

export interface AccountStore {
  /** Enabled interpreters only: a disabled account cannot sign in. */
  findByLogin(login: string): Promise<InterpreterAccount | null>;
  findById(id: string): Promise<InterpreterAccount | null>;
  /** The enabled device holding this token, or null (unknown, rotated or disabled). */
  findDeviceByToken(token: string): Promise<ClinicDevice | null>;
  /** Changes whenever accounts may have changed (another process included): the hub polls
   * it to close the sockets of disabled accounts and rotated tokens. */
  revision(): number;
}

/** Logins compare without case or surrounding spaces, as people type them. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

export function profileOf(account: InterpreterAccount): InterpreterProfile {
  return { id: account.id, displayName: account.displayName, languages: account.languages };
}

// Hashed once, lazily: checking an unknown login against it costs as much as checking a real
// one, so response time does not reveal which logins exist.
let decoyHash: Promise<string> | null = null;

/** The account when login and password match, else null (same cost either way). */
export async function authenticate(
  store: AccountStore,
  login: string,
  password: string,
): Promise<InterpreterAccount | null> {
  const account = await store.findByLogin(login);
  decoyHash ??= hashPassword('decoy password never issued');
  const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash));
  return account && matches ? account : null;
}
