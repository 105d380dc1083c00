import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../server/local/store/database';
import { csvField, exportCsv, exportJson } from '../../../../../server/local/store/export';
import { SessionLog } from '../../../../../server/local/store/session-log';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();

function seeded() {
  const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
  const log = new SessionLog(db);
  const start = (id: string, at: string) => {
    log.start({
      id,
      consultationType: 'vaccination',
      language: null,
      startedAt: at,
      endedAt: null,
    });
  };
  start('before', '2026-10-31T23:59:59.999Z');
  start('first', '2026-11-01T00:00:00.000Z');
  log.chooseLanguage('first', 'ti', '2026-11-01T00:01:00.000Z');
  log.end('first', '2026-11-01T00:02:00.000Z');
  start('last', '2026-11-30T23:59:59.999Z');
  start('after', '2026-12-01T00:00:00.000Z');
  return db;
}

const november = { from: '2026-11-01', to: '2026-11-30' };

function collect(run: (write: (chunk: string) => void) => unknown) {
  let text = '';
  const counts = run((chunk) => (text += chunk));
  return { text, counts };
}

describe('exportCsv', () => {
  it('writes one row per event of the sessions started in the range, both days included', () => {
    const db = seeded();
    const { text, counts } = collect((write) => exportCsv(db, november, write));
    expect(counts).toEqual({ sessions: 2, events: 4 });
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'session_id,consultation_type,language,session_started_at,session_ended_at,event_seq,event_type,event_at,event_data',
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'first',
      'first',
      'first',
      'last',
    ]);
    expect(lines[2]).toContain(',language.chosen,2026-11-01T00:01:00.000Z,"{""language"":""ti""}"');
    db.close();
  });

  it('quotes fields the RFC 4180 way', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });
});

describe('exportJson', () => {
  it('writes valid JSON: sessions with their events', () => {
    const db = seeded();
    const { text, counts } = collect((write) => exportJson(db, november, write));
    expect(counts).toEqual({ sessions: 2, events: 4 });
    const parsed = JSON.parse(text) as {
      from: string;
      sessions: {
        id: string;
        language: string | null;
        events: { type: string; data: unknown }[];
      }[];
    };
    expect(parsed.from).toBe('2026-11-01');
    expect(parsed.sessions.map((s) => [s.id, s.language, s.events.map((e) => e.type)])).toEqual([
      ['first', 'ti', ['session.started', 'language.chosen', 'session.ended']],
      ['last', null, ['session.started']],
    ]);
    expect(parsed.sessions[0]?.events[1]?.data).toEqual({ language: 'ti' });
    db.close();
  });

  it('writes an empty list for an empty range', () => {
    const db = seeded();
    const { text } = collect((write) =>
      exportJson(db, { from: '2020-01-01', to: '2020-01-31' }, write),
    );
    expect(JSON.parse(text)).toEqual({ from: '2020-01-01', to: '2020-01-31', sessions: [] });
    db.close();
  });
});
