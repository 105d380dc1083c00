// The minutes report: talk time of answered calls per interpreter or clinic, requests that
// were never answered counted too, and CSV a spreadsheet opens without running formulas.
import { describe, expect, it } from 'vitest';
import { createAccountAdmin } from '../../../../../server/hub/store/account-admin';
import { openHubDatabase } from '../../../../../server/hub/store/hub-database';
import { minutesReport, toCsv } from '../../../../../server/hub/store/minutes-report';
import { createSqliteCallRecords } from '../../../../../server/hub/store/sqlite-call-records';

function seeded() {
  const db = openHubDatabase(':memory:');
  const admin = createAccountAdmin(db);
  admin.addInterpreter({
    id: 'i1',
    login: 'a',
    displayName: '=Amina, K.',
    languages: ['ar'],
    passwordHash: 'x',
  });
  const device = admin.addDevice({ site: 'PMI Gerland', room: 'Salle 1' });
  if (!device.ok) throw new Error(device.message);
  const records = createSqliteCallRecords(db);
  const call = (id: string, at: number, answeredAfter: number | null, talkMs: number) => {
    records.requested({
      id,
      deviceId: device.value.id,
      language: 'ar',
      consultationType: 'vaccination',
      requestedAt: at,
    });
    if (answeredAfter !== null) records.answered(id, 'i1', at + answeredAfter);
    records.ended(
      id,
      at + (answeredAfter ?? 0) + talkMs,
      answeredAfter === null ? 'unanswered' : 'hangup',
    );
  };
  call('c1', Date.parse('2026-01-05T10:00:00Z'), 10_000, 30 * 60_000);
  call('c2', Date.parse('2026-01-06T10:00:00Z'), 20_000, 15 * 60_000);
  call('c3', Date.parse('2026-02-01T10:00:00Z'), null, 60_000);
  return { db, deviceId: device.value.id };
}

describe('minutes report', () => {
  it('sums talk minutes and mean wait per interpreter', () => {
    const { db } = seeded();
    expect(minutesReport(db, 'interpreter')).toEqual([
      { id: 'i1', name: '=Amina, K.', requests: 2, answered: 2, minutes: 45, meanWaitSeconds: 15 },
    ]);
  });

  it('counts unanswered requests per clinic, within a date range', () => {
    const { db, deviceId } = seeded();
    expect(minutesReport(db, 'clinic')).toEqual([
      {
        id: deviceId,
        name: 'PMI Gerland / Salle 1',
        requests: 3,
        answered: 2,
        minutes: 45,
        meanWaitSeconds: 15,
      },
    ]);
    const february = minutesReport(db, 'clinic', { from: Date.parse('2026-02-01T00:00:00Z') });
    expect(february).toMatchObject([{ requests: 1, answered: 0, minutes: 0 }]);
  });

  it('writes CSV with quoting and no formula injection', () => {
    const { db } = seeded();
    expect(toCsv('interpreter', minutesReport(db, 'interpreter'))).toBe(
      'interpreter_id,name,requests,answered,minutes,mean_wait_seconds\r\n' +
        `i1,"'=Amina, K.",2,2,45,15\r\n`,
    );
  });
});
