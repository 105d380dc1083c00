// Clinic device tokens: 32 random bytes (hex), shown once by the accounts CLI and typed into
// the clinic PC's settings. The hub keeps only their SHA-256: with 256 random bits a slow
// hash buys nothing, and a leaked database yields no usable token.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

export const DeviceToken = z.string().regex(/^[0-9a-f]{64}$/);

export function generateDeviceToken(): string {
  return randomBytes(32).toString('hex');
}

export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
