import { describe, expect, it } from 'vitest';
import type { AnswerSpec, AnswerValue } from '../../../../shared/content/answer';
import { answerProblem } from '../../../../shared/content/answer-check';

const options = [
  { id: 'fever', card: 'symptoms.fever' },
  { id: 'rash', card: 'symptoms.rash' },
];

describe('answerProblem', () => {
  it('accepts answers that fit the step', () => {
    expect(
      answerProblem({ kind: 'date', precision: 'month' }, { kind: 'date', value: '2026-03' }),
    ).toBeNull();
    expect(
      answerProblem(
        { kind: 'multiple', options },
        { kind: 'multiple', options: ['rash', 'fever'] },
      ),
    ).toBeNull();
    expect(
      answerProblem(
        { kind: 'number', unit: 'days', min: 0, max: 60 },
        { kind: 'number', value: 60 },
      ),
    ).toBeNull();
  });

  const refused: [AnswerSpec, AnswerValue, string][] = [
    [{ kind: 'date', precision: 'day' }, { kind: 'date', value: '2026-03' }, 'expected a day'],
    [
      { kind: 'number', unit: 'days', min: 0, max: 60 },
      { kind: 'number', value: 61 },
      'outside 0–60',
    ],
    [
      { kind: 'multiple', options },
      { kind: 'multiple', options: ['rash', 'rash'] },
      'chosen twice',
    ],
    [{ kind: 'single', options }, { kind: 'single', option: 'cough' }, 'unknown option cough'],
    [
      { kind: 'body-map', regions: ['head', 'belly'], multiple: false },
      { kind: 'body-map', regions: ['head', 'belly'] },
      'only one region',
    ],
    [{ kind: 'yes-no' }, { kind: 'none' }, 'expected a "yes-no" answer'],
  ];

  it.each(refused)('refuses %o answered with %o', (spec, value, message) => {
    expect(answerProblem(spec, value)).toContain(message);
  });
});
