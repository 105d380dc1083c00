import { describe, expect, it, vi } from 'vitest';
import { Maintenance } from '../../../../server/local/maintenance';
import { AuditLog } from '../../../../server/local/store/audit-log';
import { listBackups } from '../../../../server/local/store/backups';
import { openStore } from '../../../../server/local/store/open-store';
import { useTempDir } from '../../../helpers/temp-dir';

const tempDir = useTempDir();

function setup() {
  const store = openStore({ dataDir: tempDir() });
  let clock = Date.parse('2026-11-29T08:00:00.000Z');
  const logError = vi.fn();
  const maintenance = new Maintenance({ ...store, now: () => new Date(clock), logError });
  const advance = (ms: number) => (clock += ms);
  const actions = () =>
    new AuditLog(store.db)
      .entries()
      .map((e) => e.action)
      .reverse();
  return { ...store, maintenance, advance, actions, logError };
}

describe('Maintenance', () => {
  it('purges and takes a daily backup at start, then at most once a day', () => {
    const { db, paths, maintenance, advance, actions } = setup();
    maintenance.runDue();
    expect(actions()).toEqual(['purge', 'backup']);
    advance(3_600_000);
    maintenance.runDue();
    expect(actions()).toEqual(['purge', 'backup']);
    advance(86_400_000);
    maintenance.runDue();
    expect(actions()).toEqual(['purge', 'backup', 'purge', 'backup']);
    expect(listBackups(paths.backups).map((b) => b.reason)).toEqual(['daily', 'daily']);
    db.close();
  });

  it('runs the start-up purge and backup only once the delay has passed', () => {
    vi.useFakeTimers();
    try {
      const { db, maintenance, actions } = setup();
      const stop = maintenance.schedule(5_000);
      expect(actions()).toEqual([]);
      vi.advanceTimersByTime(4_999);
      expect(actions()).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(actions()).toEqual(['purge', 'backup']);
      // The first run done, stopping has nothing left to run.
      expect(stop()).toBe(false);
      db.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when it was stopped before its start-up run', () => {
    const { db, maintenance, actions } = setup();
    const stop = maintenance.schedule(60_000);
    expect(stop()).toBe(true);
    expect(actions()).toEqual([]);
    // With no delay the start-up run happens inside schedule().
    expect(maintenance.schedule(0)()).toBe(false);
    expect(actions()).toEqual(['purge', 'backup']);
    db.close();
  });

  it('backs up after a session ends, rotating those backups on their own', () => {
    const { db, paths, maintenance, advance } = setup();
    for (let i = 0; i < 7; i++) {
      maintenance.afterSessionEnd();
      advance(1000);
    }
    expect(listBackups(paths.backups)).toHaveLength(5); // sessionEndBackupsKept
    db.close();
  });

  it('reports a failed backup without throwing', () => {
    const { db, maintenance, logError } = setup();
    db.close();
    maintenance.afterSessionEnd();
    expect(logError).toHaveBeenCalledOnce();
  });
});
