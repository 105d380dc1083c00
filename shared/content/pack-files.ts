// The shapes of the files in assets/content/. A card is split so that git diffs review well:
//   cards/<group>.json             id, role, pictograms, translator note (what the card *is*)
//   text/<language>/<group>.json   text + review status (+ recorded audio) per card, one
//                                  folder per language, so a reviewer of Tigrinya touches one
//                                  folder and a diff never mixes languages.
//   flows/<flow-id>.json, phrasebook.json, languages.json
import { z } from 'zod';
import { LanguageCode } from '../domain/languages';
import { Card, Translation } from './card';
import { CardId } from './ids';

export const CardEntry = Card.omit({ text: true });
export type CardEntry = z.infer<typeof CardEntry>;

export const CardsFile = z.strictObject({ cards: z.array(CardEntry).min(1) });
export type CardsFile = z.infer<typeof CardsFile>;

export const TextFile = z.strictObject({
  language: LanguageCode,
  texts: z.record(CardId, Translation),
});
export type TextFile = z.infer<typeof TextFile>;
