import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../server/local/store/database';
import { SessionLog } from '../../../../../server/local/store/session-log';
import { computeStatistics } from '../../../../../server/local/store/statistics';
import { Statistics } from '../../../../../shared/bridge/statistics';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();

function seeded() {
  const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
  const log = new SessionLog(db);
  const session = (id: string, startedAt: string, language: string | null) => {
    log.start({ id, consultationType: 'vaccination', language: null, startedAt, endedAt: null });
    if (language) log.chooseLanguage(id, language, startedAt);
  };
  // Week 2026-W45 (Mon 2 Nov): two Tigrinya sessions, one with an interpreter.
  session('a', '2026-11-02T09:00:00.000Z', 'ti');
  log.record('a', 'interpreter.requested', '2026-11-02T09:01:00.000Z');
  log.record('a', 'interpreter.connected', '2026-11-02T09:01:30.000Z');
  log.record('a', 'interpreter.ended', '2026-11-02T09:11:30.000Z');
  log.record('a', 'flow.started', '2026-11-02T09:02:00.000Z', { flowId: 'vaccines' });
  log.record('a', 'answer.given', '2026-11-02T09:03:00.000Z', {
    flowId: 'vaccines',
    cardId: 'fever',
    answer: 'yes',
  });
  log.record('a', 'answer.given', '2026-11-02T09:04:00.000Z', {
    flowId: 'vaccines',
    cardId: 'allergy',
    answer: 'dont-understand',
  });
  session('b', '2026-11-03T09:00:00.000Z', 'ti');
  log.record('b', 'interpreter.requested', '2026-11-03T09:00:00.000Z'); // nobody came
  log.record('b', 'flow.started', '2026-11-03T09:02:00.000Z', { flowId: 'vaccines' });
  log.record('b', 'flow.started', '2026-11-03T09:05:00.000Z', { flowId: 'sleep' });
  // Week 2026-W46: an Arabic session and one without a language.
  session('c', '2026-11-10T09:00:00.000Z', 'ar');
  session('d', '2026-11-11T09:00:00.000Z', null);
  session('outside', '2026-12-01T09:00:00.000Z', 'ar');
  return db;
}

describe('computeStatistics', () => {
  it('counts sessions per ISO week and per language within the range', () => {
    const db = seeded();
    const stats = computeStatistics(db, { from: '2026-11-01', to: '2026-11-30' });
    expect(Statistics.parse(stats)).toEqual(stats);
    expect(stats.totalSessions).toBe(4);
    expect(stats.sessionsPerWeek).toEqual([
      { week: '2026-W45', sessions: 2 },
      { week: '2026-W46', sessions: 2 },
    ]);
    expect(stats.sessionsPerLanguage).toEqual([
      { language: 'ti', sessions: 2 },
      { language: null, sessions: 1 },
      { language: 'ar', sessions: 1 },
    ]);
    db.close();
  });

  it('measures interpreter use, wait and call duration', () => {
    const db = seeded();
    const { interpreter } = computeStatistics(db, { from: '2026-11-01', to: '2026-11-30' });
    expect(interpreter).toEqual({
      requested: 2,
      connected: 1,
      share: 0.25,
      averageWaitSeconds: 30,
      averageCallSeconds: 600,
    });
    db.close();
  });

  it('ranks flows and gives their "I don\'t understand" rate', () => {
    const db = seeded();
    const { flows } = computeStatistics(db, { from: '2026-11-01', to: '2026-11-30' });
    expect(flows).toEqual([
      { flowId: 'vaccines', sessions: 2, answers: 2, dontUnderstand: 1, dontUnderstandRate: 0.5 },
      { flowId: 'sleep', sessions: 1, answers: 0, dontUnderstand: 0, dontUnderstandRate: null },
    ]);
    db.close();
  });

  it('answers an empty range with zeros and nulls', () => {
    const db = seeded();
    const stats = computeStatistics(db, { from: '2020-01-01', to: '2020-01-31' });
    expect(stats.totalSessions).toBe(0);
    expect(stats.interpreter.share).toBeNull();
    expect(stats.interpreter.averageWaitSeconds).toBeNull();
    expect(stats.flows).toEqual([]);
    db.close();
  });
});
