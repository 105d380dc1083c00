import { describe, expect, it } from 'vitest';
import {
  authenticate,
  createInMemoryAccountStore,
  profileOf,
} from '../../../../server/hub/accounts';
import { PASSWORD, testAccount } from './hub-test-kit';

describe('in-memory account store', () => {
  it('finds accounts by login (any case, spaces trimmed) and by id', async () => {
    const account = await testAccount();
    const store = createInMemoryAccountStore([account]);
    expect(await store.findByLogin(' AMINA ')).toBe(account);
    expect(await store.findById('interp-1')).toBe(account);
    expect(await store.findByLogin('other')).toBeNull();
    expect(await store.findById('other')).toBeNull();
  });

  it('authenticates the right password only', async () => {
    const store = createInMemoryAccountStore([await testAccount()]);
    expect((await authenticate(store, 'amina', PASSWORD))?.id).toBe('interp-1');
    expect(await authenticate(store, 'amina', 'wrong')).toBeNull();
    expect(await authenticate(store, 'nobody', PASSWORD)).toBeNull();
  });

  it('exposes a profile without the password hash', async () => {
    const profile = profileOf(await testAccount());
    expect(profile).toEqual({ id: 'interp-1', displayName: 'Amina K.', languages: ['ar', 'ps'] });
  });
});
