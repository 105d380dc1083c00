// Builds the cards the app uses (shared/content/card.ts) from the pack's split files.
import type { Card } from '../../shared/content/card';
import type { LoadedPack } from './load-pack';

export function assembleCards(pack: LoadedPack): Card[] {
  const cards = new Map<string, Card>();
  for (const { data } of pack.cards) {
    for (const entry of data.cards)
      if (!cards.has(entry.id)) cards.set(entry.id, { ...entry, text: {} });
  }
  for (const { data } of pack.texts) {
    for (const [id, translation] of Object.entries(data.texts)) {
      const card = cards.get(id);
      if (card) card.text[data.language] = translation;
    }
  }
  return [...cards.values()];
}
