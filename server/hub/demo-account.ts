// The demo interpreter that `npm start` and `npm run hub` create so the interpreter page can
// be tried at once. Its password is random per start (printed on the console), unless
// INTERPRETABLE_DEMO_PASSWORD fixes one, e.g. for a demonstration script.
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { InterpreterAccount } from './accounts';
import { hashPassword, type ScryptParams } from './password';

export const DEMO_LOGIN = 'demo';
export const DEMO_PASSWORD_ENV = 'INTERPRETABLE_DEMO_PASSWORD';

const DemoPassword = z.string().min(8, 'must be at least 8 characters').max(256);

// No 0/O, 1/l/I: the password is read off a console and typed by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** Four groups of four characters: about 80 bits, easy to type. */
export function generateDemoPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join(''),
  );
  return groups.join('-');
}

export interface DemoAccount {
  account: InterpreterAccount;
  credentials: { login: string; password: string };
}

/**
 * A generated password is 80 random bits: no guessing order exists for a slow hash to delay,
 * so it gets a light scrypt (about 4 MiB, a few ms) instead of the accounts' default (a
 * second of a busy clinic PC's core at every start, while its first screens load). A
 * password someone chose keeps the default cost. Decision 0071.
 */
const GENERATED_PASSWORD_PARAMS: ScryptParams = { N: 2 ** 12, r: 8, p: 1 };

export async function createDemoAccount(env: NodeJS.ProcessEnv): Promise<DemoAccount> {
  const fromEnv = env[DEMO_PASSWORD_ENV];
  let password = generateDemoPassword();
  let params: ScryptParams | undefined = GENERATED_PASSWORD_PARAMS;
  if (fromEnv !== undefined && fromEnv !== '') {
    const checked = DemoPassword.safeParse(fromEnv);
    if (!checked.success) {
      throw new Error(`${DEMO_PASSWORD_ENV} ${checked.error.issues[0]?.message ?? 'is invalid'}.`);
    }
    password = checked.data;
    params = undefined;
  }
  return {
    account: {
      id: 'demo-interpreter',
      login: DEMO_LOGIN,
      displayName: 'Interprète de démonstration',
      languages: ['ar', 'prs', 'ps', 'ti'],
      passwordHash: await hashPassword(password, params),
    },
    credentials: { login: DEMO_LOGIN, password },
  };
}
