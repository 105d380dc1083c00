import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionService } from '../../../../server/local/session-service';
import { openDatabase } from '../../../../server/local/store/database';
import { SessionLog } from '../../../../server/local/store/session-log';
import { useTempDir } from '../../../helpers/temp-dir';
import { TEST_KEY } from '../../../helpers/test-key';

const tempDir = useTempDir();

function setup() {
  const db = openDatabase(join(tempDir(), 'log.sqlite'), { key: TEST_KEY });
  const log = new SessionLog(db);
  let clock = Date.parse('2026-11-29T09:00:00.000Z');
  const service = new SessionService(log, () => new Date((clock += 60_000)));
  const changes: unknown[] = [];
  service.onChanged((payload) => changes.push(payload));
  return { db, log, service, changes };
}

describe('SessionService', () => {
  it('records start, language and end as events, in order, and broadcasts each', () => {
    const { log, service, changes, db } = setup();
    const started = service.start({ consultationType: 'infant-checkup' });
    expect(service.current()?.id).toBe(started.id);
    const chosen = service.chooseLanguage({ sessionId: started.id, language: 'ti' });
    expect(chosen.language).toBe('ti');
    const ended = service.end({ sessionId: started.id });
    expect(ended.endedAt).not.toBeNull();
    expect(service.current()).toBeNull();
    expect(log.events(started.id).map((e) => [e.type, e.data])).toEqual([
      ['session.started', { consultationType: 'infant-checkup' }],
      ['language.chosen', { language: 'ti' }],
      ['session.ended', {}],
    ]);
    expect(changes).toHaveLength(3);
    expect(changes.at(-1)).toEqual({ session: null, ended });
    db.close();
  });

  it('refuses a second session while one runs', () => {
    const { service, db } = setup();
    service.start({ consultationType: 'vaccination' });
    expect(() => service.start({ consultationType: 'vaccination' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    db.close();
  });

  it('refuses changes to unknown or ended sessions', () => {
    const { service, db } = setup();
    expect(() =>
      service.chooseLanguage({ sessionId: '6f1c1f43-33a4-4c54-9d0b-5f6f1f1f1f1f', language: 'ar' }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    const { id } = service.start({ consultationType: 'vaccination' });
    service.end({ sessionId: id });
    expect(() => service.end({ sessionId: id })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    db.close();
  });
});
