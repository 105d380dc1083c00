// Password hashing for interpreter accounts: scrypt (memory-hard, in node:crypto, no native
// add-on) with a per-password salt. The parameters travel inside the stored string so they
// can be raised later without invalidating existing hashes.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// One of OWASP's equivalent scrypt settings (N=2^15, r=8, p=3): 32 MiB per hash keeps several
// concurrent sign-ins affordable on a small hub while staying costly to brute-force.
const DEFAULT_PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  const { N = 0, r = 0, p = 0 } = params;
  // Node refuses scrypt calls above maxmem (32 MiB by default): allow twice the need.
  const maxmem = 2 * 128 * N * r;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** `scrypt$N$r$p$salt$hash` with salt and hash in base64. Tests may pass cheaper params;
 * verification always uses the ones stored with the hash. */
export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_PARAMS,
): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  const { N, r, p } = params;
  return [PREFIX, N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parseStored(stored: string): { params: ScryptOptions; salt: Buffer; key: Buffer } | null {
  const [prefix, n, r, p, salt, key, ...rest] = stored.split('$');
  if (prefix !== PREFIX || !salt || !key || rest.length > 0) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(params).every((value) => Number.isSafeInteger(value) && value > 0)) {
    return null;
  }
  return { params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

/** True when `password` matches `stored`; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (parsed?.key.length !== KEY_BYTES) return false;
  const candidate = await derive(password, parsed.salt, parsed.params);
  // Constant-time comparison: how many leading bytes match must not show in the timing.
  return timingSafeEqual(candidate, parsed.key);
}
