// Interpreter accounts behind an interface: kept in memory for now, moved to the hub's
// SQLite store by the hub issue without touching the routes that use it.
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

export interface AccountStore {
  findByLogin(login: string): Promise<InterpreterAccount | null>;
  findById(id: string): Promise<InterpreterAccount | null>;
}

/** Logins compare without case or surrounding spaces, as people type them. */
export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

export function createInMemoryAccountStore(accounts: readonly InterpreterAccount[]): AccountStore {
  const byLogin = new Map(accounts.map((account) => [normalizeLogin(account.login), account]));
  const byId = new Map(accounts.map((account) => [account.id, account]));
  return {
    findByLogin: (login) => Promise.resolve(byLogin.get(normalizeLogin(login)) ?? null),
    findById: (id) => Promise.resolve(byId.get(id) ?? null),
  };
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
