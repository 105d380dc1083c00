// A card: one idea, shown as pictogram(s) + text + audio in the family's language. The same card
// can be a question, an answer option, an information or an instruction.
import { z } from 'zod';
import { LanguageCode } from '../domain/languages';
import { CardId, PictogramId } from './ids';

export const CardRole = z.enum(['question', 'answer', 'information', 'instruction', 'greeting']);
export type CardRole = z.infer<typeof CardRole>;

/** Machine and human translations start as drafts; only a named person makes one `reviewed`. */
export const Review = z.discriminatedUnion('status', [
  // `note` says how far to trust a draft (e.g. "low confidence: no speaker consulted").
  z.strictObject({ status: z.literal('draft'), note: z.string().min(3).optional() }),
  z.strictObject({
    status: z.literal('reviewed'),
    by: z.string().min(2),
    at: z.iso.date(),
  }),
]);
export type Review = z.infer<typeof Review>;

const clipFile = z.string().regex(/^[a-z0-9][a-z0-9._/-]*\.(ogg|opus|mp3|wav)$/, 'an audio path');

/** A recorded clip always wins over a synthetic one for the same card and language. */
export const Audio = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('recorded'), file: clipFile }),
  z.strictObject({
    kind: z.literal('synthetic'),
    file: clipFile,
    voice: z.string(),
    borrowed: z.boolean(),
  }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type Audio = z.infer<typeof Audio>;

export const Translation = z.strictObject({
  text: z.string().trim().min(1).max(280),
  review: Review,
  audio: Audio.optional(),
});
export type Translation = z.infer<typeof Translation>;

/** The assembled card the app uses (the pack stores its parts in several files, see pack-files.ts). */
export const Card = z.strictObject({
  id: CardId,
  role: CardRole,
  pictograms: z.array(PictogramId).min(1).max(3),
  /** Context for translators ("asked to the parent about the child"): never shown to families. */
  note: z.string().optional(),
  text: z.partialRecord(LanguageCode, Translation),
});
export type Card = z.infer<typeof Card>;
