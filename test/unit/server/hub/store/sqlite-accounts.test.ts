// The hub's accounts in SQLite: what the CLI writes is what the hub reads, disabling and
// rotating take effect at once, and another connection's writes move the revision.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAccountAdmin } from '../../../../../server/hub/store/account-admin';
import { openHubDatabase } from '../../../../../server/hub/store/hub-database';
import { createSqliteAccountStore } from '../../../../../server/hub/store/sqlite-accounts';
import { testAccount } from '../hub-test-kit';

function fresh() {
  const db = openHubDatabase(':memory:');
  return { db, admin: createAccountAdmin(db), store: createSqliteAccountStore(db) };
}

describe('SQLite account store', () => {
  it('finds interpreters by login (any case) and by id, with their languages', async () => {
    const { admin, store } = fresh();
    admin.addInterpreter(await testAccount());
    expect(await store.findByLogin(' Amina ')).toMatchObject({
      id: 'interp-1',
      languages: ['ar', 'ps'],
    });
    expect(await store.findById('interp-1')).toMatchObject({ displayName: 'Amina K.' });
    expect(await store.findById('nobody')).toBeNull();
  });

  it('refuses a second interpreter with the same login', async () => {
    const { admin } = fresh();
    admin.addInterpreter(await testAccount());
    const again = admin.addInterpreter(await testAccount({ id: 'other', login: 'AMINA' }));
    expect(again).toMatchObject({ ok: false });
  });

  it('hides disabled interpreters by login and id', async () => {
    const { admin, store } = fresh();
    admin.addInterpreter(await testAccount());
    expect(admin.disable('amina')).toEqual({ ok: true, value: { kind: 'interpreter' } });
    expect(await store.findByLogin('amina')).toBeNull();
    expect(await store.findById('interp-1')).toBeNull();
    expect(admin.list()).toMatchObject([{ kind: 'interpreter', disabled: true }]);
  });

  it('finds a device by its token; a rotated or disabled token stops working', async () => {
    const { admin, store } = fresh();
    const added = admin.addDevice({ site: 'PMI Gerland', room: 'Salle 2', priority: ['interp-1'] });
    if (!added.ok) throw new Error(added.message);
    const { id, token } = added.value;
    expect(await store.findDeviceByToken(token)).toEqual({
      id,
      site: 'PMI Gerland',
      room: 'Salle 2',
      priority: ['interp-1'],
    });
    const rotated = admin.rotateDeviceToken(id);
    if (!rotated.ok) throw new Error(rotated.message);
    expect(await store.findDeviceByToken(token)).toBeNull();
    expect(await store.findDeviceByToken(rotated.value.token)).toMatchObject({ id });
    admin.disable(id);
    expect(await store.findDeviceByToken(rotated.value.token)).toBeNull();
  });

  it('stores device tokens hashed, never in clear', () => {
    const { db, admin } = fresh();
    const added = admin.addDevice({ site: 'S', room: 'R' });
    if (!added.ok) throw new Error(added.message);
    const row = db.prepare('SELECT token_hash FROM devices').get() as { token_hash: string };
    expect(row.token_hash).not.toBe(added.value.token);
    expect(JSON.stringify(db.prepare('SELECT * FROM devices').all())).not.toContain(
      added.value.token,
    );
  });

  it('refuses a second device for the same site and room, and unknown ids', () => {
    const { admin } = fresh();
    admin.addDevice({ site: 'S', room: 'R' });
    expect(admin.addDevice({ site: 'S', room: 'R' })).toMatchObject({ ok: false });
    expect(admin.rotateDeviceToken('nope')).toMatchObject({ ok: false });
    expect(admin.disable('nope')).toMatchObject({ ok: false });
  });

  it('moves its revision when another connection commits, not for its own reads', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-db-')), 'hub.sqlite');
    const hubDb = openHubDatabase(file);
    const store = createSqliteAccountStore(hubDb);
    const before = store.revision();
    await store.findByLogin('x');
    expect(store.revision()).toBe(before);
    const cli = openHubDatabase(file);
    createAccountAdmin(cli).addInterpreter(await testAccount());
    expect(store.revision()).not.toBe(before);
    cli.close();
    hubDb.close();
  });
});
