// assets/pictograms/manifest.json, written by `npm run pictograms`: which file each pictogram id
// is, where it came from (for the attribution) and where its accessible label comes from.
import { z } from 'zod';
import { PictogramId } from './ids';

export const PictogramSource = z.enum(['mulberry', 'openmoji', 'interpretable']);
export type PictogramSource = z.infer<typeof PictogramSource>;

export const PictogramEntry = z.strictObject({
  file: z.string().regex(/^[a-z0-9-]+\.svg$/),
  source: PictogramSource,
  /** The name in the source set (Mulberry file name, OpenMoji hexcode), or the drawing's name. */
  sourceName: z.string().min(1),
  author: z.string().min(1),
  licence: z.literal('CC BY-SA 4.0'),
  /** Pictograms are labelled by the text of the card showing them, in the family's language. */
  label: z.literal('card-text'),
});
export type PictogramEntry = z.infer<typeof PictogramEntry>;

export const PictogramManifest = z.strictObject({
  pictograms: z.record(PictogramId, PictogramEntry),
});
export type PictogramManifest = z.infer<typeof PictogramManifest>;
