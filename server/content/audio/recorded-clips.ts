// Recorded clips, made by a speaker of the language: `assets/audio/recorded/<language>/<card>.ogg`.
// A file there overrides the synthetic clip for that card and language; dropping a file in is
// all a recording session has to do (no JSON to edit), and the next build picks it up.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Card } from '../../../shared/content/card';
import { CardId } from '../../../shared/content/ids';
import { LanguageCode } from '../../../shared/domain/languages';
import { CLIP_EXTENSION } from './audio-format';

/** Where recorded clips live in the repository (used at build time, through tsx). */
export const RECORDED_DIR = resolve(import.meta.dirname, '../../../assets/audio/recorded');

/** Recorded clips are served under `audio/recorded/`, beside the synthetic cache's folders. */
export function recordedFile(language: string, card: string): string {
  return `recorded/${language}/${card}.${CLIP_EXTENSION}`;
}

/** The recorded clips present on disk, as "<language>/<card>" keys. Odd names are ignored. */
export function findRecordedClips(dir: string = RECORDED_DIR): Set<string> {
  const found = new Set<string>();
  if (!existsSync(dir)) return found;
  for (const language of readdirSync(dir, { withFileTypes: true })) {
    if (!language.isDirectory() || !LanguageCode.safeParse(language.name).success) continue;
    for (const file of readdirSync(join(dir, language.name), { withFileTypes: true })) {
      const suffix = `.${CLIP_EXTENSION}`;
      if (!file.isFile() || !file.name.endsWith(suffix)) continue;
      const card = file.name.slice(0, -suffix.length);
      if (CardId.safeParse(card).success) found.add(`${language.name}/${card}`);
    }
  }
  return found;
}

/** Marks each translation that has a recorded clip on disk; other translations are untouched. */
export function withRecordedAudio(cards: readonly Card[], recorded: ReadonlySet<string>): Card[] {
  if (recorded.size === 0) return [...cards];
  return cards.map((card) => {
    const text = { ...card.text };
    for (const [language, translation] of Object.entries(text)) {
      if (!recorded.has(`${language}/${card.id}`)) continue;
      text[language as keyof typeof text] = {
        ...translation,
        audio: { kind: 'recorded', file: recordedFile(language, card.id) },
      };
    }
    return { ...card, text };
  });
}
