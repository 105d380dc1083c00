import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsultationService } from '../../../../../server/local/consultation/consultation-service';
import { SessionService } from '../../../../../server/local/session-service';
import { openDatabase } from '../../../../../server/local/store/database';
import { SessionLog } from '../../../../../server/local/store/session-log';
import { CodedError } from '../../../../../shared/bridge/result';
import type { Flow } from '../../../../../shared/content/flow';
import { useTempDir } from '../../../../helpers/temp-dir';
import { TEST_KEY } from '../../../../helpers/test-key';

const tempDir = useTempDir();

const flow: Flow = {
  id: 'demo',
  titleFr: 'Démonstration',
  consultationTypes: ['vaccination'],
  steps: [
    {
      id: 'fever',
      card: 'symptoms.fever',
      answer: { kind: 'yes-no' },
      branches: [{ when: { yesNo: 'no' }, goto: 'consent' }],
    },
    { id: 'pain', card: 'pain.how-much', answer: { kind: 'pain-scale' }, branches: [] },
    { id: 'consent', card: 'vaccine.consent', answer: { kind: 'yes-no' }, branches: [] },
  ],
};

function setup() {
  const file = join(tempDir(), 'log.sqlite');
  const db = openDatabase(file, { key: TEST_KEY });
  const log = new SessionLog(db);
  let clock = Date.parse('2026-11-29T09:00:00.000Z');
  const now = () => new Date((clock += 1000));
  const sessions = new SessionService(log, now);
  const service = new ConsultationService(log, [flow], now);
  sessions.onChanged(() => {
    service.refresh();
  });
  const session = sessions.start({ consultationType: 'vaccination' });
  const changes: unknown[] = [];
  service.onChanged((state) => changes.push(state));
  return { db, log, service, sessions, sessionId: session.id, changes, file };
}

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof CodedError ? error.code : 'THROWN';
  }
}

describe('ConsultationService', () => {
  it('runs a flow with branching, logs each answer and a consent with its time', () => {
    const { service, sessionId, log, db } = setup();
    let state = service.startFlow({ sessionId, flowId: 'demo' });
    expect(state.step).toMatchObject({ stepId: 'fever', done: 0, remaining: 2, canGoBack: false });
    state = service.answer({
      sessionId,
      flowId: 'demo',
      stepId: 'fever',
      answer: { kind: 'yes-no', value: 'no' },
    });
    expect(state.step?.stepId).toBe('consent');
    state = service.answer({
      sessionId,
      flowId: 'demo',
      stepId: 'consent',
      answer: { kind: 'yes-no', value: 'yes' },
    });
    expect(state.step).toBeNull();
    expect(state.flowsFinished).toEqual(['demo']);
    const answers = state.timeline.filter((entry) => entry.kind === 'answer');
    expect(answers.map((entry) => [entry.stepId, entry.consent])).toEqual([
      ['fever', false],
      ['consent', true],
    ]);
    expect(log.events(sessionId).map((event) => event.type)).toEqual([
      'session.started',
      'flow.started',
      'answer.given',
      'answer.given',
      'consent.given',
      'flow.finished',
    ]);
    const consent = log.events(sessionId).find((event) => event.type === 'consent.given');
    expect(consent?.data).toEqual({ flowId: 'demo', cardId: 'vaccine.consent', value: 'yes' });
    expect(consent?.at).toMatch(/^2026-11-29T09:00:\d\d/);
    db.close();
  });

  it('refuses an answer for a step the screen has left, and an answer of the wrong kind', () => {
    const { service, sessionId, db } = setup();
    service.startFlow({ sessionId, flowId: 'demo' });
    const yes = { kind: 'yes-no', value: 'yes' } as const;
    service.answer({ sessionId, flowId: 'demo', stepId: 'fever', answer: yes });
    expect(
      codeOf(() => service.answer({ sessionId, flowId: 'demo', stepId: 'fever', answer: yes })),
    ).toBe('STALE_STEP');
    expect(
      codeOf(() => service.answer({ sessionId, flowId: 'demo', stepId: 'pain', answer: yes })),
    ).toBe('BAD_REQUEST');
    expect(codeOf(() => service.startFlow({ sessionId, flowId: 'nope' }))).toBe('NOT_FOUND');
    expect(
      codeOf(() => service.startFlow({ sessionId: crypto.randomUUID(), flowId: 'demo' })),
    ).toBe('CONFLICT');
    db.close();
  });

  it('goes back keeping the earlier answer, logs signals, "I don\'t understand" per step, phrases and pause', () => {
    const { service, sessionId, log, db } = setup();
    service.startFlow({ sessionId, flowId: 'demo' });
    service.answer({
      sessionId,
      flowId: 'demo',
      stepId: 'fever',
      answer: { kind: 'yes-no', value: 'yes' },
    });
    let state = service.back({ sessionId, flowId: 'demo', stepId: 'pain' });
    expect(state.step).toMatchObject({
      stepId: 'fever',
      previous: { kind: 'yes-no', value: 'yes' },
    });
    service.signal({ sessionId, signal: 'dont-understand' });
    state = service.signal({ sessionId, signal: 'repeat' });
    expect(state.repeatCount).toBe(1);
    state = service.pushPhrase({ sessionId, cardId: 'phrase.wait', by: 'doctor' });
    expect(state.pushed).toEqual({ cardId: 'phrase.wait', by: 'doctor' });
    service.signal({ sessionId, signal: 'want-interpreter' });
    state = service.dismissPhrase({ sessionId });
    expect(state.pushed).toBeNull();
    state = service.setPaused({ sessionId, paused: true });
    expect(state.paused).toBe(true);
    expect(state.timeline.map((entry) => entry.kind)).toEqual([
      'flow-started',
      'answer',
      'signal',
      'signal',
      'phrase',
      'signal',
      'paused',
    ]);
    const dont = log.events(sessionId).find((event) => event.data.answer === 'dont-understand');
    expect(dont?.data).toMatchObject({ flowId: 'demo', stepId: 'fever' });
    const wants = log
      .events(sessionId)
      .find((event) => event.type === 'family.signal' && event.data.signal === 'want-interpreter');
    expect(wants?.data).toEqual({ signal: 'want-interpreter', cardId: 'phrase.wait' });
    db.close();
  });

  it('rebuilds the same state from the log after a restart', () => {
    const { service, sessionId, log, db } = setup();
    service.startFlow({ sessionId, flowId: 'demo' });
    service.answer({
      sessionId,
      flowId: 'demo',
      stepId: 'fever',
      answer: { kind: 'yes-no', value: 'yes' },
    });
    service.pushPhrase({ sessionId, cardId: 'phrase.wait', by: 'interpreter' });
    const before = service.current();
    const restarted = new ConsultationService(log, [flow]);
    expect(restarted.current()).toEqual(before);
    expect(restarted.get(sessionId)).toEqual(before);
    db.close();
  });

  it('has no state once the session ends, and keeps the ended one readable', () => {
    const { service, sessions, sessionId, changes, db } = setup();
    service.startFlow({ sessionId, flowId: 'demo' });
    sessions.end({ sessionId });
    expect(service.current()).toBeNull();
    expect(changes.at(-1)).toBeNull();
    expect(service.get(sessionId).timeline).toHaveLength(1);
    db.close();
  });
});
