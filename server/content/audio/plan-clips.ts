// Which synthetic clips the pack needs: one per card and language that has an offline voice and
// no recorded clip. A clip's name carries a hash of what it says and who says it, so a changed
// text or voice makes a new file and an unchanged one is never synthesized twice.
import { createHash } from 'node:crypto';
import type { Card } from '../../../shared/content/card';
import type { LanguageMeta } from '../../../shared/content/language';
import { CLIP_EXTENSION } from './audio-format';

export interface PlannedClip {
  card: string;
  language: string;
  voice: string;
  borrowed: boolean;
  text: string;
  /** Relative to the audio cache: <language>/<card>.<hash>.ogg */
  file: string;
}

export function clipHash(text: string, voice: string, engine: string): string {
  return createHash('sha256').update(`${engine}\0${voice}\0${text}`).digest('hex').slice(0, 16);
}

export function clipFile(language: string, card: string, hash: string): string {
  return `${language}/${card}.${hash}.${CLIP_EXTENSION}`;
}

export function planClips(
  cards: readonly Card[],
  languages: readonly LanguageMeta[],
  engine: string,
): PlannedClip[] {
  return languages.flatMap((language) => {
    const voice = language.voice;
    if (!voice) return [];
    return cards.flatMap((card) => {
      const translation = card.text[language.code];
      if (!translation || translation.audio?.kind === 'recorded') return [];
      return [
        {
          card: card.id,
          language: language.code,
          voice: voice.voice,
          borrowed: voice.kind === 'borrowed',
          text: translation.text,
          file: clipFile(language.code, card.id, clipHash(translation.text, voice.voice, engine)),
        },
      ];
    });
  });
}
