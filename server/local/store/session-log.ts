// Typed facade over the sessions and events tables: the only place their SQL lives.
import type { SessionView } from '../../../shared/bridge/contract';
import type { SessionEventType } from '../../../shared/domain/session-events';
import type { Db } from './database';

interface SessionRow {
  id: string;
  consultation_type: SessionView['consultationType'];
  language: SessionView['language'];
  started_at: string;
  ended_at: string | null;
}

export interface StoredEvent {
  seq: number;
  sessionId: string;
  type: SessionEventType;
  at: string;
  data: Record<string, unknown>;
}

function toView(row: SessionRow): SessionView {
  return {
    id: row.id,
    consultationType: row.consultation_type,
    language: row.language,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}

export class SessionLog {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      insertSession: db.prepare(
        'INSERT INTO sessions (id, consultation_type, started_at) VALUES (?, ?, ?)',
      ),
      setLanguage: db.prepare('UPDATE sessions SET language = ? WHERE id = ?'),
      setEnded: db.prepare('UPDATE sessions SET ended_at = ? WHERE id = ?'),
      get: db.prepare('SELECT * FROM sessions WHERE id = ?'),
      active: db.prepare(
        'SELECT * FROM sessions WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1',
      ),
      append: db.prepare('INSERT INTO events (session_id, type, at, data) VALUES (?, ?, ?, ?)'),
      events: db.prepare('SELECT * FROM events WHERE session_id = ? ORDER BY seq'),
    };
  }

  start(session: SessionView): void {
    this.db.transaction(() => {
      this.statements.insertSession.run(session.id, session.consultationType, session.startedAt);
      this.append(session.id, 'session.started', session.startedAt, {
        consultationType: session.consultationType,
      });
    })();
  }

  chooseLanguage(id: string, language: string, at: string): void {
    this.db.transaction(() => {
      this.statements.setLanguage.run(language, id);
      this.append(id, 'language.chosen', at, { language });
    })();
  }

  end(id: string, at: string): void {
    this.db.transaction(() => {
      this.statements.setEnded.run(at, id);
      this.append(id, 'session.ended', at, {});
    })();
  }

  get(id: string): SessionView | null {
    const row = this.statements.get.get(id) as SessionRow | undefined;
    return row ? toView(row) : null;
  }

  active(): SessionView | null {
    const row = this.statements.active.get() as SessionRow | undefined;
    return row ? toView(row) : null;
  }

  events(sessionId: string): StoredEvent[] {
    const rows = this.statements.events.all(sessionId) as {
      seq: number;
      session_id: string;
      type: SessionEventType;
      at: string;
      data: string;
    }[];
    return rows.map((row) => ({
      seq: row.seq,
      sessionId: row.session_id,
      type: row.type,
      at: row.at,
      data: JSON.parse(row.data) as Record<string, unknown>,
    }));
  }

  /** One event of an existing session (a card shown, an answer given…), committed on return. */
  record(sessionId: string, type: SessionEventType, at: string, data: object = {}): void {
    this.append(sessionId, type, at, data);
  }

  private append(sessionId: string, type: SessionEventType, at: string, data: object): void {
    this.statements.append.run(sessionId, type, at, JSON.stringify(data));
  }
}
