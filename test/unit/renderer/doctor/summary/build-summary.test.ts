import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../../../renderer/doctor/summary/build-summary';
import type { ConsultationState, TimelineEntry } from '../../../../../shared/consultation/state';
import { consultation, fr, local, pack, session, SESSION_ID } from './summary-fixture';

function stateWith(timeline: TimelineEntry[]): ConsultationState {
  return {
    sessionId: SESSION_ID,
    revision: 0,
    paused: false,
    step: null,
    pushed: null,
    repeatCount: 0,
    timeline,
    flowsFinished: [],
  };
}

describe('buildSummary', () => {
  const summary = buildSummary(session, consultation(), pack, fr);

  it('names the consultation, the language and its length', () => {
    expect(summary.typeFr).toBe('Enfant malade');
    expect(summary.language).toBe('ti');
    expect(summary.languageFr).toBe('Tigrigna');
    expect(summary.startedAt).toBe(local(9, 0));
    expect(summary.endedAt).toBe(local(9, 25));
    expect(summary.minutes).toBe(25);
  });

  it('groups the answers by flow, in order, in French, without information cards', () => {
    expect(summary.flows).toEqual([
      {
        flowId: 'child-fever',
        titleFr: 'Enfant fiévreux',
        answers: [
          {
            cardId: 'q.fever',
            stepId: 'fever',
            questionFr: 'Votre enfant a-t-il de la fièvre ?',
            answerFr: 'Oui',
            at: local(9, 6),
          },
          {
            cardId: 'q.pain',
            stepId: 'pain',
            questionFr: 'Votre enfant a-t-il mal ?',
            answerFr: 'Douleur 6/10',
            at: local(9, 8),
          },
          {
            cardId: 'q.where',
            stepId: 'where',
            questionFr: 'Où a-t-il mal ?',
            answerFr: 'ventre, dos',
            at: local(9, 9),
          },
          {
            cardId: 'q.since',
            stepId: 'since',
            questionFr: 'Depuis combien de jours ?',
            answerFr: '2 jours',
            at: local(9, 10),
          },
        ],
      },
      {
        flowId: 'vaccines',
        titleFr: 'Vaccins du jour',
        answers: [
          {
            cardId: 'consent.vaccines',
            stepId: 'consent',
            questionFr: 'Acceptez-vous les vaccins ?',
            answerFr: 'Oui',
            at: local(9, 14),
          },
        ],
      },
    ]);
    expect(summary.infoCards).toEqual(['info.fever-intro', 'advice.after-vaccine']);
  });

  it('keeps the pain score and where it hurts', () => {
    expect(summary.pain).toEqual({ score: 6, regionsFr: ['ventre', 'dos'] });
  });

  it('lists the consent with its time', () => {
    expect(summary.consents).toEqual([
      {
        cardId: 'consent.vaccines',
        stepId: 'consent',
        questionFr: 'Acceptez-vous les vaccins ?',
        answerFr: 'Oui',
        at: local(9, 14),
      },
    ]);
  });

  it('counts the interpreter minutes from connection to end', () => {
    expect(summary.interpreter).toEqual({ used: true, minutes: 7 });
  });

  it('lists the phrases shown, with who pushed them', () => {
    expect(summary.phrases).toEqual([
      {
        cardId: 'advice.fluids',
        textFr: 'Faites-le boire souvent.',
        by: 'interpreter',
        at: local(9, 11),
      },
    ]);
  });

  it('counts each family signal, "I don\'t understand" on a step included', () => {
    expect(summary.signals).toEqual({
      'dont-understand': 1,
      repeat: 1,
      'want-interpreter': 1,
      stop: 0,
    });
  });

  it('says nothing about an interpreter who was requested but never connected', () => {
    const requested = stateWith([
      { kind: 'interpreter', at: local(9, 4), state: 'requested' },
      { kind: 'interpreter', at: local(9, 9), state: 'ended' },
    ]);
    expect(buildSummary(session, requested, pack, fr).interpreter).toEqual({
      used: false,
      minutes: null,
    });
  });

  it('adds up several interpreter calls', () => {
    const twice = stateWith([
      { kind: 'interpreter', at: local(9, 1), state: 'connected' },
      { kind: 'interpreter', at: local(9, 4), state: 'ended' },
      { kind: 'interpreter', at: local(9, 10), state: 'requested' },
      { kind: 'interpreter', at: local(9, 11), state: 'connected' },
      { kind: 'interpreter', at: local(9, 20), state: 'ended' },
    ]);
    expect(buildSummary(session, twice, pack, fr).interpreter).toEqual({ used: true, minutes: 12 });
  });

  it('leaves the length open while the session runs, and the language unknown if not chosen', () => {
    const running = buildSummary(
      { ...session, endedAt: null, language: null },
      stateWith([]),
      pack,
      fr,
    );
    expect(running.minutes).toBeNull();
    expect(running.endedAt).toBeNull();
    expect(running.language).toBeNull();
    expect(running.languageFr).toBeNull();
    expect(running.flows).toEqual([]);
    expect(running.pain).toEqual({ score: null, regionsFr: [] });
    expect(running.consents).toEqual([]);
    expect(running.phrases).toEqual([]);
    expect(running.infoCards).toEqual([]);
    expect(running.signals).toEqual({
      'dont-understand': 0,
      repeat: 0,
      'want-interpreter': 0,
      stop: 0,
    });
    expect(running.interpreter).toEqual({ used: false, minutes: null });
  });

  it('rounds the length to the minute', () => {
    const startedAt = '2026-11-29T08:00:00.000Z';
    const length = (endedAt: string) =>
      buildSummary({ ...session, startedAt, endedAt }, stateWith([]), pack, fr).minutes;
    expect(length('2026-11-29T08:00:29.000Z')).toBe(0);
    expect(length('2026-11-29T08:12:31.000Z')).toBe(13);
    expect(length('2026-11-29T09:30:00.000Z')).toBe(90);
  });

  it('puts answers under the latest run of a flow started twice, and names unknown flows by id', () => {
    const state = stateWith([
      { kind: 'flow-started', at: local(9, 1), flowId: 'child-fever' },
      { kind: 'flow-started', at: local(9, 2), flowId: 'retired-flow' },
      { kind: 'flow-started', at: local(9, 3), flowId: 'child-fever' },
      {
        kind: 'answer',
        at: local(9, 4),
        flowId: 'child-fever',
        stepId: 'fever',
        cardId: 'q.fever',
        answer: { kind: 'yes-no', value: 'no' },
        consent: false,
      },
    ]);
    const { flows } = buildSummary(session, state, pack, fr);
    expect(flows.map((flow) => [flow.titleFr, flow.answers.map((a) => a.answerFr)])).toEqual([
      ['Enfant fiévreux', []],
      ['retired-flow', []],
      ['Enfant fiévreux', ['Non']],
    ]);
  });

  it('keeps the last pain score and regions given, and lists a refused consent', () => {
    const answer = (
      minute: number,
      stepId: string,
      cardId: string,
      value: Extract<TimelineEntry, { kind: 'answer' }>['answer'],
      consent = false,
    ): TimelineEntry => ({
      kind: 'answer',
      at: local(9, minute),
      flowId: 'child-fever',
      stepId,
      cardId,
      answer: value,
      consent,
    });
    const state = stateWith([
      { kind: 'flow-started', at: local(9, 1), flowId: 'child-fever' },
      answer(2, 'pain', 'q.pain', { kind: 'pain-scale', value: 8 }),
      answer(3, 'where', 'q.where', { kind: 'body-map', regions: ['head'] }),
      answer(4, 'pain', 'q.pain', { kind: 'pain-scale', value: 2 }),
      answer(5, 'where', 'q.where', { kind: 'body-map', regions: ['legs', 'belly'] }),
      answer(6, 'consent', 'consent.vaccines', { kind: 'yes-no', value: 'no' }, true),
    ]);
    const result = buildSummary(session, state, pack, fr);
    expect(result.pain).toEqual({ score: 2, regionsFr: ['jambes', 'ventre'] });
    expect(result.consents).toEqual([
      {
        cardId: 'consent.vaccines',
        stepId: 'consent',
        questionFr: 'Acceptez-vous les vaccins ?',
        answerFr: 'Non',
        at: local(9, 6),
      },
    ]);
  });

  it('keeps only the final answer of a step the family went back to', () => {
    const state = stateWith([
      { kind: 'flow-started', at: local(9, 1), flowId: 'child-fever' },
      {
        kind: 'answer',
        at: local(9, 2),
        flowId: 'child-fever',
        stepId: 'fever',
        cardId: 'q.fever',
        answer: { kind: 'yes-no', value: 'yes' },
        consent: false,
      },
      {
        kind: 'answer',
        at: local(9, 3),
        flowId: 'child-fever',
        stepId: 'fever',
        cardId: 'q.fever',
        answer: { kind: 'yes-no', value: 'no' },
        consent: false,
      },
    ]);
    const { flows } = buildSummary(session, state, pack, fr);
    expect(flows[0]?.answers.map((a) => [a.stepId, a.answerFr])).toEqual([['fever', 'Non']]);
  });

  it('counts a call still connected when the session ended up to the end', () => {
    const state = stateWith([
      { kind: 'interpreter', at: local(9, 10), state: 'requested' },
      { kind: 'interpreter', at: local(9, 12), state: 'connected' },
    ]);
    const result = buildSummary(session, state, pack, fr);
    // The fixture session ends at 09:25: 13 minutes connected.
    expect(result.interpreter).toEqual({ used: true, minutes: 13 });
  });
});
