import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDataCommand } from '../../../../server/cli/data-commands';
import { AuditLog } from '../../../../server/local/store/audit-log';
import { listBackups } from '../../../../server/local/store/backups';
import { openStore, storePaths } from '../../../../server/local/store/open-store';
import { SessionLog } from '../../../../server/local/store/session-log';
import { useTempDir } from '../../../helpers/temp-dir';

const tempDir = useTempDir();
const now = () => new Date('2026-11-29T10:00:00.000Z');

function seeded() {
  const dataDir = tempDir();
  const { db } = openStore({ dataDir });
  const log = new SessionLog(db);
  const start = (id: string, startedAt: string) => {
    log.start({ id, consultationType: 'vaccination', language: null, startedAt, endedAt: null });
  };
  start('recent', '2026-11-02T09:00:00.000Z');
  start('ancient', '2020-01-01T09:00:00.000Z');
  db.close();
  let output = '';
  const run = (command: Parameters<typeof runDataCommand>[0]) =>
    runDataCommand({ ...command, dataDir }, { out: (text) => (output += text), now });
  const audit = () => {
    const store = openStore({ dataDir });
    const entries = new AuditLog(store.db).entries().map((e) => e.action);
    store.db.close();
    return entries;
  };
  return { dataDir, run, output: () => output, audit };
}

describe('runDataCommand', () => {
  it('exports to a 0600 file and records the export in the audit trail', () => {
    const { dataDir, run, output, audit } = seeded();
    const out = join(dataDir, 'nov.json');
    expect(
      run({ command: 'export', format: 'json', from: '2026-11-01', to: '2026-11-30', out }),
    ).toBe(0);
    expect(output()).toBe('Exported 1 sessions and 1 events (json).\n');
    expect(
      (JSON.parse(readFileSync(out, 'utf8')) as { sessions: unknown[] }).sessions,
    ).toHaveLength(1);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(audit()).toEqual(['export']);
  });

  it('purges by the retention period and backs up on request', () => {
    const { dataDir, run, output, audit } = seeded();
    expect(run({ command: 'purge' })).toBe(0);
    expect(output()).toContain('Purged 1 sessions (1 events)');
    expect(run({ command: 'backup' })).toBe(0);
    expect(listBackups(storePaths(dataDir).backups).map((b) => b.reason)).toEqual(['manual']);
    expect(audit()).toEqual(['backup', 'purge']);
  });

  it('verifies the log and its backups', () => {
    const { dataDir, run, output } = seeded();
    run({ command: 'backup' });
    writeFileSync(
      join(storePaths(dataDir).backups, 'session-log-20990101T000000000Z-manual.sqlite'),
      'x',
    );
    expect(run({ command: 'verify' })).toBe(1);
    expect(output()).toMatch(/Session log .*: ok\n/);
    expect(output()).toMatch(/Backup session-log-20990101T000000000Z-manual\.sqlite: .+/);
  });

  it('restores a damaged log from the newest verified backup in one command', () => {
    const { dataDir, run, output, audit } = seeded();
    run({ command: 'backup' });
    writeFileSync(storePaths(dataDir).database, Buffer.alloc(16384, 0x22));
    expect(() => openStore({ dataDir })).toThrow(
      expect.objectContaining({ code: 'DATABASE_CORRUPT' }) as Error,
    );
    expect(run({ command: 'restore' })).toBe(0);
    expect(output()).toContain('The replaced file was kept as session-log.sqlite.damaged-');
    // The backup predates its own audit entry: the trail resumes with the restore.
    expect(audit()).toEqual(['restore']);
    const store = openStore({ dataDir });
    expect(store.db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(2);
    store.db.close();
  });

  it('refuses to work on a folder without a session log instead of creating one', () => {
    const empty = tempDir();
    expect(() =>
      runDataCommand({ command: 'verify', dataDir: empty }, { out: () => undefined, now }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as Error);
    expect(readdirSync(empty)).toEqual([]);
  });
});
