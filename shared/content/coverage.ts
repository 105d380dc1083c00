// Coverage per language: how much of the pack a family in that language can use. Pure, so the
// CLI report and a future admin screen compute the same figures from the same pack.
import type { LanguageCode } from '../domain/languages';
import type { Card } from './card';

export interface LanguageCoverage {
  language: LanguageCode;
  cards: number;
  withText: number;
  audio: { recorded: number; synthetic: number; none: number };
  reviewed: number;
  /** Percentages rounded down, so 99.6 % never reads as complete. */
  textPercent: number;
  reviewedPercent: number;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole);
}

export function languageCoverage(cards: readonly Card[], language: LanguageCode): LanguageCoverage {
  let withText = 0;
  let reviewed = 0;
  const audio = { recorded: 0, synthetic: 0, none: 0 };
  for (const card of cards) {
    const translation = card.text[language];
    if (translation) withText += 1;
    if (translation?.review.status === 'reviewed') reviewed += 1;
    const kind = translation?.audio?.kind ?? 'none';
    audio[kind] += 1;
  }
  return {
    language,
    cards: cards.length,
    withText,
    audio,
    reviewed,
    textPercent: percent(withText, cards.length),
    reviewedPercent: percent(reviewed, cards.length),
  };
}
