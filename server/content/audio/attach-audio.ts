// Gives each card the synthetic clip the audio pipeline makes for it (a recorded clip, already
// on the card, wins). The clip's file exists once `npm run content:audio` has run.
import type { Card } from '../../../shared/content/card';
import type { LanguageMeta } from '../../../shared/content/language';
import { planClips } from './plan-clips';

export const AUDIO_ENGINE = 'espeak-ng-1.51';

export function withSyntheticAudio(
  cards: readonly Card[],
  languages: readonly LanguageMeta[],
): Card[] {
  const copies = cards.map((card) => ({ ...card, text: { ...card.text } }));
  const byId = new Map(copies.map((card) => [card.id, card]));
  for (const clip of planClips(cards, languages, AUDIO_ENGINE)) {
    const card = byId.get(clip.card);
    const language = languages.find((meta) => meta.code === clip.language)?.code;
    const translation = language && card?.text[language];
    if (!card || !language || !translation) continue;
    card.text[language] = {
      ...translation,
      audio: { kind: 'synthetic', file: clip.file, voice: clip.voice, borrowed: clip.borrowed },
    };
  }
  return copies;
}
