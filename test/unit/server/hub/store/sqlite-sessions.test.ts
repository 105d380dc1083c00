// Session tokens in SQLite: they survive a reopened database (a hub restart), expire, and
// only their digest is stored.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHubDatabase } from '../../../../../server/hub/store/hub-database';
import { createSqliteSessionTokens } from '../../../../../server/hub/store/sqlite-sessions';

describe('SQLite session tokens', () => {
  it('resolves a token after the database is reopened', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-db-')), 'hub.sqlite');
    const first = openHubDatabase(file);
    const issued = createSqliteSessionTokens(first).issue('interp-1');
    first.close();
    const second = openHubDatabase(file);
    expect(createSqliteSessionTokens(second).resolve(issued.token)).toMatchObject({
      accountId: 'interp-1',
    });
    expect(JSON.stringify(second.prepare('SELECT * FROM sessions').all())).not.toContain(
      issued.token,
    );
    second.close();
  });

  it('expires, and revokes', () => {
    let now = 1_000_000;
    const sessions = createSqliteSessionTokens(openHubDatabase(':memory:'), {
      ttlMs: 1000,
      now: () => now,
    });
    const a = sessions.issue('a');
    const b = sessions.issue('b');
    const session = sessions.resolve(a.token);
    expect(session && sessions.isActive(session.id)).toBe(true);
    sessions.revoke(b.token);
    expect(sessions.resolve(b.token)).toBeNull();
    now += 1000;
    expect(sessions.resolve(a.token)).toBeNull();
    expect(session && sessions.isActive(session.id)).toBe(false);
  });
});
