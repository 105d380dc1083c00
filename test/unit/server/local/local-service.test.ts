import { describe, expect, it, vi } from 'vitest';
import { openLocalService } from '../../../../server/local/local-service';
import { AuditLog } from '../../../../server/local/store/audit-log';
import { listBackups } from '../../../../server/local/store/backups';
import { openStore, storePaths } from '../../../../server/local/store/open-store';
import { useTempDir } from '../../../helpers/temp-dir';

const tempDir = useTempDir();

describe('openLocalService', () => {
  it('purges and backs up soon after start, not before the pages, and when a session ends', async () => {
    const dataDir = tempDir();
    const service = openLocalService({ dataDir, maintenanceDelayMs: 50 });
    const reasons = () => listBackups(storePaths(dataDir).backups).map((b) => b.reason);
    expect(reasons()).toEqual([]);
    await vi.waitFor(() => {
      expect(reasons()).toEqual(['daily']);
    });
    const started = await service.dispatch(
      'session.start',
      { consultationType: 'vaccination' },
      'doctor',
    );
    const id = started.ok ? (started.value as { id: string }).id : '';
    await service.dispatch('session.end', { sessionId: id }, 'doctor');
    // Taken just after the answer, not before it.
    expect(reasons()).toEqual(['daily']);
    await vi.waitFor(() => {
      expect(reasons()).toEqual(['session-end', 'daily']);
    });
    service.close();
    const { db } = openStore({ dataDir });
    const actions = new AuditLog(db).entries().map((e) => e.action);
    db.close();
    expect(actions).toEqual(['backup', 'backup', 'purge']);
  });

  it('takes the start-up backup when closed before its delay', () => {
    const dataDir = tempDir();
    const service = openLocalService({ dataDir });
    expect(listBackups(storePaths(dataDir).backups)).toEqual([]);
    service.close();
    expect(listBackups(storePaths(dataDir).backups).map((b) => b.reason)).toEqual(['daily']);
  });

  it('takes a pending session-end backup when closed', async () => {
    const dataDir = tempDir();
    const service = openLocalService({ dataDir });
    const started = await service.dispatch(
      'session.start',
      { consultationType: 'vaccination' },
      'doctor',
    );
    const id = started.ok ? (started.value as { id: string }).id : '';
    await service.dispatch('session.end', { sessionId: id }, 'doctor');
    service.close();
    expect(listBackups(storePaths(dataDir).backups).map((b) => b.reason)).toEqual([
      'session-end',
      'daily',
    ]);
  });

  it('answers statistics over a validated date range', async () => {
    const service = openLocalService({ dataDir: tempDir() });
    const today = new Date().toISOString().slice(0, 10);
    await service.dispatch('session.start', { consultationType: 'vaccination' }, 'doctor');
    const stats = await service.dispatch('statistics.get', { from: today, to: today }, 'doctor');
    expect(stats.ok && stats.value).toMatchObject({ totalSessions: 1 });
    const bad = await service.dispatch(
      'statistics.get',
      { from: today, to: '2000-01-01' },
      'doctor',
    );
    expect(bad.ok ? null : bad.error.code).toBe('BAD_REQUEST');
    service.close();
  });
});
