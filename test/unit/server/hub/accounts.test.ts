import { describe, expect, it } from 'vitest';
import { authenticate, profileOf } from '../../../../server/hub/accounts';
import { createAccountAdmin } from '../../../../server/hub/store/account-admin';
import { openHubDatabase } from '../../../../server/hub/store/hub-database';
import { createSqliteAccountStore } from '../../../../server/hub/store/sqlite-accounts';
import { PASSWORD, testAccount } from './hub-test-kit';

async function store() {
  const db = openHubDatabase(':memory:');
  createAccountAdmin(db).addInterpreter(await testAccount());
  return createSqliteAccountStore(db);
}

describe('authenticate', () => {
  it('authenticates the right password only', async () => {
    const accounts = await store();
    expect((await authenticate(accounts, 'amina', PASSWORD))?.id).toBe('interp-1');
    expect((await authenticate(accounts, ' AMINA ', PASSWORD))?.id).toBe('interp-1');
    expect(await authenticate(accounts, 'amina', 'wrong')).toBeNull();
    expect(await authenticate(accounts, 'nobody', PASSWORD)).toBeNull();
  });

  it('exposes a profile without the password hash', async () => {
    const profile = profileOf(await testAccount());
    expect(profile).toEqual({ id: 'interp-1', displayName: 'Amina K.', languages: ['ar', 'ps'] });
  });
});
