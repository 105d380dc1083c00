import { describe, expect, it } from 'vitest';
import type { Card } from '../../../../shared/content/card';
import { languageCoverage } from '../../../../shared/content/coverage';

const draft = { status: 'draft' } as const;
const cards: Card[] = [
  {
    id: 'a',
    role: 'answer',
    pictograms: ['p'],
    text: {
      fr: { text: 'Oui', review: { status: 'reviewed', by: 'Dr Martin', at: '2026-11-02' } },
      ti: { text: 'እወ', review: draft, audio: { kind: 'recorded', file: 'ti/a.ogg' } },
    },
  },
  { id: 'b', role: 'answer', pictograms: ['p'], text: { fr: { text: 'Non', review: draft } } },
  {
    id: 'c',
    role: 'answer',
    pictograms: ['p'],
    text: { fr: { text: 'Peut-être', review: draft } },
  },
];

describe('languageCoverage', () => {
  it('counts text, audio kinds and reviews, rounding percentages down', () => {
    expect(languageCoverage(cards, 'fr')).toMatchObject({
      withText: 3,
      reviewed: 1,
      textPercent: 100,
      reviewedPercent: 33,
      audio: { recorded: 0, synthetic: 0, none: 3 },
    });
    expect(languageCoverage(cards, 'ti')).toMatchObject({
      withText: 1,
      textPercent: 33,
      reviewedPercent: 0,
      audio: { recorded: 1, synthetic: 0, none: 2 },
    });
  });

  it('reports zero for an empty pack rather than dividing by zero', () => {
    expect(languageCoverage([], 'fr')).toMatchObject({ textPercent: 0, reviewedPercent: 0 });
  });
});
