import { describe, expect, it } from 'vitest';
import { pseudoCardText, pseudoText } from '../../../../shared/content/pseudo-locale';

describe('pseudo-locale', () => {
  it('accents, brackets and lengthens French text', () => {
    expect(pseudoText('Avez-vous mal ?', 'qps')).toBe('[Åvéž-vôûš màl ?~~~~~]');
  });

  it('forces right-to-left display for qps-rtl', () => {
    const text = pseudoText('Oui', 'qps-rtl');
    expect(text.startsWith('\u202e[')).toBe(true);
    expect(text.endsWith(']\u202c')).toBe(true);
  });
});

describe('pseudoCardText', () => {
  it('derives from the French text, and says so when there is none', () => {
    const card = {
      id: 'answer.yes',
      role: 'answer' as const,
      pictograms: ['check-mark'],
      text: { fr: { text: 'Oui', review: { status: 'draft' as const } } },
    };
    expect(pseudoCardText(card, 'qps')).toBe('[Öûî~]');
    expect(pseudoCardText({ ...card, text: {} }, 'qps-rtl')).toBeNull();
  });
});
