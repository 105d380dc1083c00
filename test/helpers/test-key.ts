// A fixed 32-byte session-log key for tests that open the encrypted store directly.
import { randomBytes } from 'node:crypto';

export const TEST_KEY = Buffer.alloc(32, 0x5a);

export function otherKey(): Buffer {
  return randomBytes(32);
}
