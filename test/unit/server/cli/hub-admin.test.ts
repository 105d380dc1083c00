// The accounts and report commands against a real hub database, and the exit code 2 a
// mistyped flag gives through the real entry point.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runAdminCommand } from '../../../../server/cli/hub-admin';
import { verifyPassword } from '../../../../server/hub/password';
import { openHubDatabase } from '../../../../server/hub/store/hub-database';
import { createSqliteAccountStore } from '../../../../server/hub/store/sqlite-accounts';

const env = { INTERPRETABLE_NEW_PASSWORD: 'a long enough password' };

describe('hub admin commands', () => {
  it('adds an interpreter whose password works, lists and disables them', async () => {
    const db = openHubDatabase(':memory:');
    const added = await runAdminCommand(
      db,
      { action: 'add-interpreter', login: 'Amina', name: 'Amina K.', languages: ['ar'] },
      env,
    );
    expect(added).toMatchObject({ ok: true });
    const account = await createSqliteAccountStore(db).findByLogin('amina');
    expect(
      account && (await verifyPassword(env.INTERPRETABLE_NEW_PASSWORD, account.passwordHash)),
    ).toBe(true);
    const list = await runAdminCommand(db, { action: 'list' }, {});
    expect(list.ok && list.output).toMatch(/^interpreter\t.+\tamina\tAmina K\. — ar$/);
    expect(await runAdminCommand(db, { action: 'disable', target: 'amina' }, {})).toMatchObject({
      ok: true,
    });
    expect(await createSqliteAccountStore(db).findByLogin('amina')).toBeNull();
  });

  it('prints a generated password once, and refuses a short given one', async () => {
    const db = openHubDatabase(':memory:');
    const added = await runAdminCommand(db, { action: 'add-admin', login: 'root' }, {});
    expect(added.ok && added.output).toMatch(/password: \S{16}/);
    const refused = await runAdminCommand(
      db,
      { action: 'add-admin', login: 'x' },
      {
        INTERPRETABLE_NEW_PASSWORD: 'short',
      },
    );
    expect(refused).toMatchObject({ ok: false });
  });

  it('enrols a device with a token that authenticates, and rotates it', async () => {
    const db = openHubDatabase(':memory:');
    const added = await runAdminCommand(
      db,
      { action: 'add-device', site: 'S', room: 'R', priority: [] },
      {},
    );
    const token = added.ok ? /token: ([0-9a-f]{64})/.exec(added.output)?.[1] : undefined;
    const device = await createSqliteAccountStore(db).findDeviceByToken(token ?? '');
    expect(device).toMatchObject({ site: 'S', room: 'R' });
    const rotated = await runAdminCommand(
      db,
      { action: 'rotate-token', target: device?.id ?? '' },
      {},
    );
    expect(rotated.ok && rotated.output).toMatch(/new token: [0-9a-f]{64}/);
    expect(await createSqliteAccountStore(db).findDeviceByToken(token ?? '')).toBeNull();
    expect(await runAdminCommand(db, { action: 'rotate-token', target: 'nope' }, {})).toMatchObject(
      { ok: false },
    );
  });

  it('exits with 2 on a bad flag', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'server/cli/hub.ts', 'accounts', 'list', '--bogus'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--bogus'");
  });
});
