// The consultation's state machine on the clinic PC: one active session at a time, every
// change written to the session log before it is acknowledged or broadcast.
import { randomUUID } from 'node:crypto';
import type { EventPayload, MethodInput, SessionView } from '../../shared/bridge/contract';
import { CodedError } from '../../shared/bridge/result';
import type { SessionLog } from './store/session-log';

export type SessionChangedListener = (payload: EventPayload<'session.changed'>) => void;

export class SessionService {
  private readonly listeners = new Set<SessionChangedListener>();

  constructor(
    private readonly log: SessionLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  onChanged(listener: SessionChangedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  current(): SessionView | null {
    return this.log.active();
  }

  start(input: MethodInput<'session.start'>): SessionView {
    const running = this.log.active();
    if (running) {
      throw new CodedError('CONFLICT', 'A session is already in progress: end it first.');
    }
    const session: SessionView = {
      id: randomUUID(),
      consultationType: input.consultationType,
      language: null,
      startedAt: this.now().toISOString(),
      endedAt: null,
    };
    this.log.start(session);
    this.emit({ session, ended: null });
    return session;
  }

  chooseLanguage(input: MethodInput<'session.chooseLanguage'>): SessionView {
    this.requireActive(input.sessionId);
    this.log.chooseLanguage(input.sessionId, input.language, this.now().toISOString());
    const session = this.requireActive(input.sessionId);
    this.emit({ session, ended: null });
    return session;
  }

  end(input: MethodInput<'session.end'>): SessionView {
    this.requireActive(input.sessionId);
    this.log.end(input.sessionId, this.now().toISOString());
    const ended = this.log.get(input.sessionId);
    if (!ended) throw new CodedError('INTERNAL', 'The session vanished while ending.');
    this.emit({ session: null, ended });
    return ended;
  }

  private requireActive(id: string): SessionView {
    const session = this.log.get(id);
    if (!session) throw new CodedError('NOT_FOUND', `No session ${id}.`);
    if (session.endedAt !== null) throw new CodedError('CONFLICT', 'This session has ended.');
    return session;
  }

  private emit(payload: EventPayload<'session.changed'>): void {
    for (const listener of this.listeners) listener(payload);
  }
}
