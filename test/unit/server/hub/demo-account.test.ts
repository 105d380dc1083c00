import { describe, expect, it } from 'vitest';
import { createDemoAccount, generateDemoPassword } from '../../../../server/hub/demo-account';
import { verifyPassword } from '../../../../server/hub/password';

describe('demo account', () => {
  it('is the French-named demo interpreter for ar, prs, ps and ti', async () => {
    const { account, credentials } = await createDemoAccount({});
    expect(credentials.login).toBe('demo');
    expect(account).toMatchObject({
      login: 'demo',
      displayName: 'Interprète de démonstration',
      languages: ['ar', 'prs', 'ps', 'ti'],
    });
    expect(await verifyPassword(credentials.password, account.passwordHash)).toBe(true);
  });

  it('gets a fresh, typeable random password on each start', async () => {
    const [a, b] = await Promise.all([createDemoAccount({}), createDemoAccount({})]);
    expect(a.credentials.password).not.toBe(b.credentials.password);
    expect(generateDemoPassword()).toMatch(/^([a-km-z2-9]{4}-){3}[a-km-z2-9]{4}$/);
  });

  it("hashes a generated password lightly and a chosen one at the accounts' full cost", async () => {
    const generated = await createDemoAccount({});
    // scrypt$N$r$p$salt$hash
    expect(generated.account.passwordHash.split('$').slice(0, 4)).toEqual([
      'scrypt',
      '4096',
      '8',
      '1',
    ]);
    const chosen = await createDemoAccount({ INTERPRETABLE_DEMO_PASSWORD: 'démo-2024!' });
    expect(chosen.account.passwordHash.split('$').slice(0, 4)).toEqual([
      'scrypt',
      '32768',
      '8',
      '3',
    ]);
  });

  it('uses INTERPRETABLE_DEMO_PASSWORD when set', async () => {
    const demo = await createDemoAccount({ INTERPRETABLE_DEMO_PASSWORD: 'démo-2024!' });
    expect(demo.credentials.password).toBe('démo-2024!');
    expect(await verifyPassword('démo-2024!', demo.account.passwordHash)).toBe(true);
  });

  it('refuses a too short INTERPRETABLE_DEMO_PASSWORD with a clear message', async () => {
    await expect(createDemoAccount({ INTERPRETABLE_DEMO_PASSWORD: 'short' })).rejects.toThrow(
      'INTERPRETABLE_DEMO_PASSWORD must be at least 8 characters',
    );
  });
});
