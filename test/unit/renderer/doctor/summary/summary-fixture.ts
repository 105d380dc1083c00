// A realistic consultation for the summary tests: a sick child seen in Tigrinya, two flows
// (fever with pain scale and body map, then a vaccine consent), a phrase pushed by the
// interpreter, family signals, and an interpreter connected from 09h05 to 09h12.
import type { SessionView } from '../../../../../shared/bridge/contract';
import type { PackBundle } from '../../../../../shared/content/bundle';
import { Flow } from '../../../../../shared/content/flow';
import { replay, type LoggedEvent } from '../../../../../shared/consultation/reduce';
import type { ConsultationState } from '../../../../../shared/consultation/state';
import type { SessionEventType } from '../../../../../shared/domain/session-events';

export const SESSION_ID = '0b7e6a52-8c1d-4f3e-9a2b-3c4d5e6f7a8b';

/** An ISO time at this local wall-clock time today (the summary prints local hours). */
export function local(hours: number, minutes: number): string {
  return new Date(2026, 10, 29, hours, minutes).toISOString();
}

export const feverFlow = Flow.parse({
  id: 'child-fever',
  titleFr: 'Enfant fiévreux',
  consultationTypes: ['child-symptoms'],
  steps: [
    { id: 'intro', card: 'info.fever-intro', answer: { kind: 'none' } },
    { id: 'fever', card: 'q.fever', answer: { kind: 'yes-no' } },
    { id: 'pain', card: 'q.pain', answer: { kind: 'pain-scale' } },
    {
      id: 'where',
      card: 'q.where',
      answer: { kind: 'body-map', regions: ['head', 'belly', 'back', 'legs'], multiple: true },
    },
    { id: 'since', card: 'q.since', answer: { kind: 'number', unit: 'days', min: 0, max: 30 } },
  ],
});

export const vaccineFlow = Flow.parse({
  id: 'vaccines',
  titleFr: 'Vaccins du jour',
  consultationTypes: ['vaccination'],
  steps: [
    { id: 'consent', card: 'consent.vaccines', answer: { kind: 'yes-no' } },
    { id: 'advice', card: 'advice.after-vaccine', answer: { kind: 'none' } },
  ],
});

export const pack: PackBundle = {
  languages: [],
  cards: {},
  flows: [feverFlow, vaccineFlow],
  phrasebook: [],
  pictograms: {},
};

export const frTexts: Record<string, string> = {
  'info.fever-intro': 'Nous allons parler de la fièvre.',
  'q.fever': 'Votre enfant a-t-il de la fièvre ?',
  'q.pain': 'Votre enfant a-t-il mal ?',
  'q.where': 'Où a-t-il mal ?',
  'q.since': 'Depuis combien de jours ?',
  'consent.vaccines': 'Acceptez-vous les vaccins ?',
  'advice.after-vaccine': 'Après le vaccin, surveillez la température.',
  'advice.fluids': 'Faites-le boire souvent.',
};
export const fr = (cardId: string) => frTexts[cardId] ?? cardId;

export const session: SessionView = {
  id: SESSION_ID,
  consultationType: 'child-symptoms',
  language: 'ti',
  startedAt: local(9, 0),
  endedAt: local(9, 25),
};

function at(hours: number, minutes: number, type: SessionEventType, data: unknown = {}) {
  return { type, at: local(hours, minutes), data } satisfies LoggedEvent;
}
const fever = (stepId: string, cardId: string, answer: unknown) => ({
  flowId: 'child-fever',
  stepId,
  cardId,
  answer,
});

export const events: LoggedEvent[] = [
  at(9, 0, 'session.started', { consultationType: 'child-symptoms' }),
  at(9, 0, 'language.chosen', { language: 'ti' }),
  at(9, 1, 'flow.started', { flowId: 'child-fever' }),
  at(9, 2, 'answer.given', fever('intro', 'info.fever-intro', { kind: 'none' })),
  at(9, 3, 'answer.given', fever('fever', 'q.fever', 'dont-understand')),
  at(9, 3, 'family.signal', { signal: 'want-interpreter', cardId: 'q.fever' }),
  at(9, 4, 'interpreter.requested'),
  at(9, 5, 'interpreter.connected', { callId: 'call-1' }),
  at(9, 6, 'answer.given', fever('fever', 'q.fever', { kind: 'yes-no', value: 'yes' })),
  at(9, 7, 'family.signal', { signal: 'repeat', cardId: 'q.pain' }),
  at(9, 8, 'answer.given', fever('pain', 'q.pain', { kind: 'pain-scale', value: 6 })),
  at(
    9,
    9,
    'answer.given',
    fever('where', 'q.where', { kind: 'body-map', regions: ['belly', 'back'] }),
  ),
  at(9, 10, 'answer.given', fever('since', 'q.since', { kind: 'number', value: 2 })),
  at(9, 10, 'flow.finished', { flowId: 'child-fever' }),
  at(9, 11, 'phrase.pushed', { cardId: 'advice.fluids', by: 'interpreter' }),
  at(9, 12, 'interpreter.ended', { callId: 'call-1', durationSeconds: 420 }),
  at(9, 12, 'phrase.dismissed', { cardId: 'advice.fluids' }),
  at(9, 13, 'flow.started', { flowId: 'vaccines' }),
  at(9, 14, 'answer.given', {
    flowId: 'vaccines',
    stepId: 'consent',
    cardId: 'consent.vaccines',
    answer: { kind: 'yes-no', value: 'yes' },
  }),
  at(9, 14, 'consent.given', { flowId: 'vaccines', cardId: 'consent.vaccines', value: 'yes' }),
  at(9, 15, 'answer.given', {
    flowId: 'vaccines',
    stepId: 'advice',
    cardId: 'advice.after-vaccine',
    answer: { kind: 'none' },
  }),
  at(9, 15, 'flow.finished', { flowId: 'vaccines' }),
  at(9, 25, 'session.ended'),
];

const flows = (id: string) => pack.flows.find((flow) => flow.id === id);

export function consultation(log: readonly LoggedEvent[] = events): ConsultationState {
  return replay(SESSION_ID, log, flows).state;
}
