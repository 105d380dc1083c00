// Gives each card its audio: a recorded clip when one is on disk or declared on the card,
// otherwise the synthetic clip the audio pipeline makes for it. A synthetic clip's file exists
// once `npm run content:audio` has run, or once the web shell has made it on demand.
import type { Card } from '../../../shared/content/card';
import type { LanguageMeta } from '../../../shared/content/language';
import { AUDIO_ENGINE } from './audio-format';
import { planClips } from './plan-clips';
import { findRecordedClips, withRecordedAudio } from './recorded-clips';

export { AUDIO_ENGINE } from './audio-format';

export function withSyntheticAudio(
  cards: readonly Card[],
  languages: readonly LanguageMeta[],
  recorded: ReadonlySet<string> = findRecordedClips(),
): Card[] {
  const copies = withRecordedAudio(cards, recorded).map((card) => ({
    ...card,
    text: { ...card.text },
  }));
  const byId = new Map(copies.map((card) => [card.id, card]));
  for (const clip of planClips(copies, languages, AUDIO_ENGINE)) {
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
