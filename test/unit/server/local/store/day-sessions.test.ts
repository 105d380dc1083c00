import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionsSince, startOfLocalDay } from '../../../../../server/local/store/day-sessions';
import { openDatabase } from '../../../../../server/local/store/database';
import { SessionLog } from '../../../../../server/local/store/session-log';
import { DaySession } from '../../../../../shared/bridge/consultation-contract';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();

const ids = {
  yesterday: '11111111-1111-4111-8111-111111111111',
  early: '22222222-2222-4222-8222-222222222222',
  called: '33333333-3333-4333-8333-333333333333',
  requested: '44444444-4444-4444-8444-444444444444',
  running: '55555555-5555-4555-8555-555555555555',
};

/** Local wall-clock time on 29 November 2026 (day offset for other days), as stored (ISO, UTC). */
const local = (hours: number, minutes = 0, dayOffset = 0) =>
  new Date(2026, 10, 29 + dayOffset, hours, minutes).toISOString();

function seeded() {
  const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
  const log = new SessionLog(db);
  const session = (
    id: string,
    startedAt: string,
    options: { language?: string; endedAt?: string } = {},
  ) => {
    log.start({
      id,
      consultationType: 'vaccination',
      language: null,
      startedAt,
      endedAt: null,
    });
    if (options.language) log.chooseLanguage(id, options.language, startedAt);
    if (options.endedAt) log.end(id, options.endedAt);
  };
  // Yesterday evening, with an interpreter: not today.
  session(ids.yesterday, local(23, 30, -1), { language: 'ar', endedAt: local(23, 50, -1) });
  log.record(ids.yesterday, 'interpreter.connected', local(23, 35, -1), { callId: 'c0' });
  // Today, inserted out of order.
  session(ids.called, local(10, 15), { language: 'ti', endedAt: local(10, 40) });
  log.record(ids.called, 'interpreter.requested', local(10, 16));
  log.record(ids.called, 'interpreter.connected', local(10, 17), { callId: 'c1' });
  log.record(ids.called, 'interpreter.ended', local(10, 30), { callId: 'c1' });
  session(ids.early, local(0, 5), { language: 'ps', endedAt: local(0, 20) });
  session(ids.requested, local(11, 0), { endedAt: local(11, 20) });
  log.record(ids.requested, 'interpreter.requested', local(11, 1)); // nobody answered
  log.record(ids.requested, 'interpreter.ended', local(11, 5));
  session(ids.running, local(14, 45), { language: 'prs' });
  return db;
}

describe('startOfLocalDay', () => {
  it('is local midnight of the same local day', () => {
    const now = new Date(2026, 10, 29, 14, 45, 12, 345);
    expect(startOfLocalDay(now)).toEqual(new Date(2026, 10, 29, 0, 0, 0, 0));
    expect(startOfLocalDay(new Date(2026, 10, 29, 0, 0, 0, 0))).toEqual(new Date(2026, 10, 29));
    expect(startOfLocalDay(new Date(2026, 10, 29, 23, 59, 59, 999))).toEqual(
      new Date(2026, 10, 29),
    );
    expect(startOfLocalDay(new Date(2027, 0, 1, 0, 30))).toEqual(new Date(2027, 0, 1));
  });
});

describe('sessionsSince', () => {
  it("lists today's sessions only, newest first, with whether an interpreter joined", () => {
    const db = seeded();
    const today = sessionsSince(db, startOfLocalDay(new Date(2026, 10, 29, 15, 0)));
    expect(today).toEqual([
      {
        id: ids.running,
        consultationType: 'vaccination',
        language: 'prs',
        startedAt: local(14, 45),
        endedAt: null,
        interpreter: false,
      },
      {
        id: ids.requested,
        consultationType: 'vaccination',
        language: null,
        startedAt: local(11, 0),
        endedAt: local(11, 20),
        interpreter: false,
      },
      {
        id: ids.called,
        consultationType: 'vaccination',
        language: 'ti',
        startedAt: local(10, 15),
        endedAt: local(10, 40),
        interpreter: true,
      },
      {
        id: ids.early,
        consultationType: 'vaccination',
        language: 'ps',
        startedAt: local(0, 5),
        endedAt: local(0, 20),
        interpreter: false,
      },
    ]);
    for (const session of today) expect(DaySession.safeParse(session).success).toBe(true);
    db.close();
  });

  it('includes a session that started exactly at the given time', () => {
    const db = seeded();
    const since = sessionsSince(db, new Date(local(11, 0)));
    expect(since.map((session) => session.id)).toEqual([ids.running, ids.requested]);
    db.close();
  });

  it('reaches back to earlier days when asked, interpreter included', () => {
    const db = seeded();
    const all = sessionsSince(db, new Date(local(0, 0, -1)));
    expect(all.map((session) => session.id)).toEqual([
      ids.running,
      ids.requested,
      ids.called,
      ids.early,
      ids.yesterday,
    ]);
    expect(all.at(-1)?.interpreter).toBe(true);
    db.close();
  });

  it('keeps the newest sessions up to the limit', () => {
    const db = seeded();
    const since = startOfLocalDay(new Date(2026, 10, 29, 15, 0));
    expect(sessionsSince(db, since, 2).map((session) => session.id)).toEqual([
      ids.running,
      ids.requested,
    ]);
    db.close();
  });

  it('is empty on a day without sessions', () => {
    const db = seeded();
    expect(sessionsSince(db, startOfLocalDay(new Date(2026, 10, 30, 8, 0)))).toEqual([]);
    db.close();
  });
});
