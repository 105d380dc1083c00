import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../server/hub/password';

describe('password hashing', () => {
  it('verifies the right password and rejects others', async () => {
    const stored = await hashPassword('un mot de passe');
    expect(stored).not.toContain('un mot de passe');
    expect(await verifyPassword('un mot de passe', stored)).toBe(true);
    expect(await verifyPassword('un mot de passE', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash and records its scrypt parameters', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const stored = await hashPassword('Interprète');
    expect(await verifyPassword('Interpre\u0300te', stored)).toBe(true);
  });

  it.each([
    '',
    'plain',
    'bcrypt$1$2$3$c2FsdA==$a2V5',
    'scrypt$x$8$1$c2FsdA==$a2V5',
    'scrypt$16$8$1$c2FsdA==$short',
  ])('never matches a malformed stored hash (%s)', async (stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false);
  });
});

describe('password hashing with other parameters', () => {
  it('verifies with the parameters stored in the hash', async () => {
    const stored = await hashPassword('léger', { N: 2 ** 10, r: 8, p: 1 });
    expect(stored.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('léger', stored)).toBe(true);
    expect(await verifyPassword('lourd', stored)).toBe(false);
  });
});
