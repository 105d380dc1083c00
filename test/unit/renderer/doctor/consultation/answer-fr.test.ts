import { describe, expect, it } from 'vitest';
import { answerFr, regionsFr } from '../../../../../renderer/doctor/consultation/answer-fr';
import { BodyRegion } from '../../../../../shared/content/answer';
import { Flow } from '../../../../../shared/content/flow';

const texts: Record<string, string> = {
  'symptom.cough': 'Toux',
  'symptom.fever': 'Fièvre',
  'symptom.rash': 'Boutons',
  'feeding.breast': 'Allaitement',
  'feeding.bottle': 'Biberon',
};
const fr = (cardId: string) => texts[cardId] ?? `?${cardId}`;

const numberStep = (id: string, unit: string) => ({
  id,
  card: `q.${id}`,
  answer: { kind: 'number', unit, min: 0, max: 100 },
});

const flow = Flow.parse({
  id: 'child-symptoms',
  titleFr: 'Enfant malade',
  consultationTypes: ['child-symptoms'],
  steps: [
    {
      id: 'feeding',
      card: 'q.feeding',
      answer: {
        kind: 'single',
        options: [
          { id: 'breast', card: 'feeding.breast' },
          { id: 'bottle', card: 'feeding.bottle' },
        ],
      },
    },
    {
      id: 'symptoms',
      card: 'q.symptoms',
      answer: {
        kind: 'multiple',
        options: [
          { id: 'cough', card: 'symptom.cough' },
          { id: 'fever', card: 'symptom.fever' },
          { id: 'rash', card: 'symptom.rash' },
        ],
      },
    },
    numberStep('since-days', 'days'),
    numberStep('since-weeks', 'weeks'),
    numberStep('since-months', 'months'),
    numberStep('age-years', 'years'),
    numberStep('vomits', 'times'),
    numberStep('weight', 'kg'),
    { id: 'born', card: 'q.born', answer: { kind: 'date', precision: 'day' } },
    { id: 'last-period', card: 'q.last-period', answer: { kind: 'date', precision: 'month' } },
  ],
});

const say = (value: Parameters<typeof answerFr>[0], stepId = 'feeding') =>
  answerFr(value, { flow, stepId, fr });

describe('answerFr', () => {
  it('says an information step was seen', () => {
    expect(say({ kind: 'none' })).toBe('Vu');
  });

  it('gives a single choice as its option card in French', () => {
    expect(say({ kind: 'single', option: 'bottle' }, 'feeding')).toBe('Biberon');
    expect(say({ kind: 'single', option: 'breast' }, 'feeding')).toBe('Allaitement');
  });

  it('gives multiple choices in the order chosen, separated by semicolons', () => {
    expect(say({ kind: 'multiple', options: ['rash', 'cough'] }, 'symptoms')).toBe(
      'Boutons ; Toux',
    );
    expect(say({ kind: 'multiple', options: ['fever'] }, 'symptoms')).toBe('Fièvre');
  });

  it('falls back to the option id when the flow, step or option is unknown', () => {
    expect(
      answerFr({ kind: 'single', option: 'bottle' }, { flow: undefined, stepId: 'feeding', fr }),
    ).toBe('bottle');
    expect(say({ kind: 'single', option: 'bottle' }, 'no-such-step')).toBe('bottle');
    expect(say({ kind: 'single', option: 'formula' }, 'feeding')).toBe('formula');
    // The option belongs to another step: not looked up there.
    expect(say({ kind: 'single', option: 'cough' }, 'feeding')).toBe('cough');
    expect(say({ kind: 'multiple', options: ['cough', 'sneeze'] }, 'symptoms')).toBe(
      'Toux ; sneeze',
    );
  });

  it('says yes, no and "does not know" in French', () => {
    expect(say({ kind: 'yes-no', value: 'yes' })).toBe('Oui');
    expect(say({ kind: 'yes-no', value: 'no' })).toBe('Non');
    expect(say({ kind: 'yes-no', value: 'dont-know' })).toBe('Ne sait pas');
  });

  it('gives the pain score out of ten', () => {
    expect(say({ kind: 'pain-scale', value: 0 })).toBe('Douleur 0/10');
    expect(say({ kind: 'pain-scale', value: 6 })).toBe('Douleur 6/10');
    expect(say({ kind: 'pain-scale', value: 10 })).toBe('Douleur 10/10');
  });

  it('names body regions in French, in the order given', () => {
    expect(say({ kind: 'body-map', regions: ['belly'] })).toBe('ventre');
    expect(say({ kind: 'body-map', regions: ['head', 'genital-area', 'feet'] })).toBe(
      'tête, zone génitale, pieds',
    );
  });

  it('has a distinct French name for every body region', () => {
    expect(Object.keys(regionsFr).sort()).toEqual([...BodyRegion.options].sort());
    const names = Object.values(regionsFr);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\p{Ll}[\p{L} ]*$/u);
    expect(regionsFr.back).toBe('dos');
    expect(regionsFr.chest).toBe('poitrine');
  });

  it.each([
    ['since-days', 0, '0 jour'],
    ['since-days', 1, '1 jour'],
    ['since-days', 2, '2 jours'],
    ['since-weeks', 1, '1 semaine'],
    ['since-weeks', 3, '3 semaines'],
    ['since-months', 1, '1 mois'],
    ['since-months', 18, '18 mois'],
    ['age-years', 1, '1 an'],
    ['age-years', 4, '4 ans'],
    ['vomits', 1, '1 fois'],
    ['vomits', 5, '5 fois'],
    ['weight', 1, '1 kg'],
    ['weight', 12, '12 kg'],
  ])('gives a number with its unit: %s %i → %s', (stepId, value, expected) => {
    expect(say({ kind: 'number', value }, stepId)).toBe(expected);
  });

  it('gives a bare number when the step has no unit to offer', () => {
    expect(say({ kind: 'number', value: 3 }, 'feeding')).toBe('3');
    expect(answerFr({ kind: 'number', value: 7 }, { flow: undefined, stepId: 'x', fr })).toBe('7');
  });

  it('writes dates day/month/year, or month/year at month precision', () => {
    expect(say({ kind: 'date', value: '2026-03-07' }, 'born')).toBe('07/03/2026');
    expect(say({ kind: 'date', value: '2025-12-31' }, 'born')).toBe('31/12/2025');
    expect(say({ kind: 'date', value: '2026-09' }, 'last-period')).toBe('09/2026');
  });

  it('never asks for a card text except for option answers', () => {
    const asked: string[] = [];
    const spy = (cardId: string) => {
      asked.push(cardId);
      return cardId;
    };
    const context = { flow, stepId: 'since-days', fr: spy };
    answerFr({ kind: 'yes-no', value: 'yes' }, context);
    answerFr({ kind: 'pain-scale', value: 4 }, context);
    answerFr({ kind: 'body-map', regions: ['arms'] }, context);
    answerFr({ kind: 'number', value: 2 }, context);
    answerFr({ kind: 'date', value: '2026-01-02' }, context);
    expect(asked).toEqual([]);
    answerFr({ kind: 'multiple', options: ['fever', 'cough'] }, { ...context, stepId: 'symptoms' });
    expect(asked).toEqual(['symptom.fever', 'symptom.cough']);
  });
});
