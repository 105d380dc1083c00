import { describe, expect, it } from 'vitest';
import { buildCallContext } from '../../../../../renderer/doctor/consultation/call-context';
import type { DoctorContent } from '../../../../../renderer/doctor/consultation/use-doctor-content';
import { CallContext } from '../../../../../shared/calls/call-context';
import type { BundleText, PackBundle, TextBundle } from '../../../../../shared/content/bundle';
import { Flow } from '../../../../../shared/content/flow';
import type { ConsultationState, TimelineEntry } from '../../../../../shared/consultation/state';

const flow = Flow.parse({
  id: 'child-fever',
  titleFr: 'Enfant fiévreux',
  consultationTypes: ['child-symptoms'],
  steps: [
    { id: 'intro', card: 'info.fever-intro', answer: { kind: 'none' } },
    {
      id: 'symptoms',
      card: 'q.symptoms',
      answer: {
        kind: 'multiple',
        options: [
          { id: 'cough', card: 'symptom.cough' },
          { id: 'rash', card: 'symptom.rash' },
        ],
      },
    },
    { id: 'fever', card: 'q.fever', answer: { kind: 'yes-no' } },
    { id: 'pain', card: 'q.pain', answer: { kind: 'pain-scale' } },
  ],
});

const pack: PackBundle = {
  languages: [],
  cards: {
    'q.fever': { role: 'question', pictograms: ['thermometer', 'child'] },
    'q.symptoms': { role: 'question', pictograms: ['child'] },
    'advice.fluids': { role: 'instruction', pictograms: ['glass', 'not-in-pack'] },
  },
  flows: [flow],
  phrasebook: [
    { id: 'advice', titleFr: 'Conseils', kind: 'advice', cards: ['advice.fluids', 'advice.sleep'] },
    { id: 'appointments', titleFr: 'Rendez-vous', kind: 'appointments', cards: ['rdv.next-week'] },
  ],
  pictograms: {
    thermometer: 'pictograms/thermometer.svg',
    child: 'pictograms/child.svg',
    glass: 'pictograms/glass.svg',
  },
};

function bundle(language: TextBundle['language'], texts: Record<string, string>): TextBundle {
  const entry = (text: string): BundleText => ({
    text,
    reviewed: true,
    lowConfidence: false,
    audio: { kind: 'none' },
  });
  return {
    language,
    texts: Object.fromEntries(Object.entries(texts).map(([id, text]) => [id, entry(text)])),
  };
}

const french = bundle('fr', {
  'info.fever-intro': 'Parlons de la fièvre.',
  'q.symptoms': 'Quels symptômes ?',
  'symptom.cough': 'Toux',
  'symptom.rash': 'Boutons',
  'q.fever': 'A-t-il de la fièvre ?',
  'q.pain': 'A-t-il mal ?',
  'advice.fluids': 'Faites-le boire.',
  'advice.sleep': 'Laissez-le dormir.',
  'rdv.next-week': 'Revenez la semaine prochaine.',
});
const english = bundle('en', {
  'q.symptoms': 'Which symptoms?',
  'symptom.cough': 'Cough',
  'symptom.rash': 'Rash',
  'q.fever': 'Does he have a fever?',
  'advice.fluids': 'Make him drink.',
  'advice.sleep': 'Let him sleep.',
});

function content(family: TextBundle | null = english): DoctorContent {
  return {
    pack,
    french,
    family,
    fr: (cardId) => french.texts[cardId]?.text ?? cardId,
  };
}

const answer = (
  minute: number,
  stepId: string,
  cardId: string,
  value: Extract<TimelineEntry, { kind: 'answer' }>['answer'],
): TimelineEntry => ({
  kind: 'answer',
  at: `2026-11-29T09:${String(minute).padStart(2, '0')}:00.000Z`,
  flowId: 'child-fever',
  stepId,
  cardId,
  answer: value,
  consent: false,
});

function state(overrides: Partial<ConsultationState> = {}): ConsultationState {
  return {
    sessionId: '0b7e6a52-8c1d-4f3e-9a2b-3c4d5e6f7a8b',
    revision: 0,
    paused: false,
    step: {
      flowId: 'child-fever',
      stepId: 'fever',
      cardId: 'q.fever',
      done: 2,
      remaining: 1,
      previous: null,
      canGoBack: true,
    },
    pushed: null,
    repeatCount: 0,
    timeline: [
      { kind: 'flow-started', at: '2026-11-29T09:01:00.000Z', flowId: 'child-fever' },
      answer(2, 'intro', 'info.fever-intro', { kind: 'none' }),
      { kind: 'signal', at: '2026-11-29T09:03:00.000Z', signal: 'repeat', cardId: 'q.symptoms' },
      answer(4, 'symptoms', 'q.symptoms', { kind: 'multiple', options: ['rash', 'cough'] }),
      { kind: 'interpreter', at: '2026-11-29T09:05:00.000Z', state: 'connected' },
    ],
    flowsFinished: [],
    ...overrides,
  };
}

const build = (s: ConsultationState, c: DoctorContent = content()) =>
  buildCallContext({
    version: 3,
    state: s,
    content: c,
    language: 'en',
    consultationType: 'child-symptoms',
  });

describe('buildCallContext', () => {
  it('gives the interpreter the card on screen in both languages, with its pictograms', () => {
    const context = build(state());
    expect(context.version).toBe(3);
    expect(context.language).toBe('en');
    expect(context.consultationType).toBe('child-symptoms');
    expect(context.card).toEqual({
      id: 'q.fever',
      family: 'Does he have a fever?',
      french: 'A-t-il de la fièvre ?',
      pictograms: ['pictograms/thermometer.svg', 'pictograms/child.svg'],
    });
    expect(CallContext.safeParse(context).success).toBe(true);
  });

  it('shows a pushed phrase over the flow step, skipping pictograms the pack lacks', () => {
    const context = build(state({ pushed: { cardId: 'advice.fluids', by: 'doctor' } }));
    expect(context.card).toEqual({
      id: 'advice.fluids',
      family: 'Make him drink.',
      french: 'Faites-le boire.',
      pictograms: ['pictograms/glass.svg'],
    });
    expect(CallContext.safeParse(context).success).toBe(true);
  });

  it('has no card between flows', () => {
    const context = build(state({ step: null }));
    expect(context.card).toBeNull();
    expect(CallContext.safeParse(context).success).toBe(true);
  });

  it('gives the answers so far in both languages, without information steps', () => {
    const context = build(
      state({
        timeline: [
          ...state().timeline,
          answer(6, 'fever', 'q.fever', { kind: 'yes-no', value: 'no' }),
          answer(7, 'pain', 'q.pain', { kind: 'pain-scale', value: 4 }),
        ],
      }),
    );
    expect(context.answers).toEqual([
      {
        questionFamily: 'Which symptoms?',
        questionFrench: 'Quels symptômes ?',
        answerFamily: 'Rash ; Cough',
        answerFrench: 'Boutons ; Toux',
        at: '2026-11-29T09:04:00.000Z',
      },
      {
        questionFamily: 'Does he have a fever?',
        questionFrench: 'A-t-il de la fièvre ?',
        answerFamily: expect.any(String) as unknown,
        answerFrench: 'Non',
        at: '2026-11-29T09:06:00.000Z',
      },
      {
        // No English text for this question: an empty string, never the card id.
        questionFamily: '',
        questionFrench: 'A-t-il mal ?',
        answerFamily: expect.any(String) as unknown,
        answerFrench: 'Douleur 4/10',
        at: '2026-11-29T09:07:00.000Z',
      },
    ]);
    expect(CallContext.safeParse(context).success).toBe(true);
  });

  it('gives the whole phrasebook, in category order, in both languages', () => {
    expect(build(state()).phrasebook).toEqual([
      { id: 'advice.fluids', french: 'Faites-le boire.', family: 'Make him drink.' },
      { id: 'advice.sleep', french: 'Laissez-le dormir.', family: 'Let him sleep.' },
      { id: 'rdv.next-week', french: 'Revenez la semaine prochaine.', family: '' },
    ]);
  });

  it('still builds a valid context before the family language has loaded', () => {
    const context = build(state(), content(null));
    expect(context.card).toMatchObject({
      id: 'q.fever',
      family: '',
      french: 'A-t-il de la fièvre ?',
    });
    expect(context.answers[0]).toMatchObject({
      questionFamily: '',
      answerFrench: 'Boutons ; Toux',
    });
    expect(context.phrasebook.every((entry) => entry.family === '')).toBe(true);
    expect(CallContext.safeParse(context).success).toBe(true);
  });
});
