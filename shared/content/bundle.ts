// What the app's screens read: the content pack compiled at build time into static JSON served
// beside the renderer (`content/pack.json` once, `content/text/<language>.json` on demand), so
// the renderer's first load carries no translations and a family's language arrives in one
// small file. Validated with these schemas when the build writes them; a page checks the build's
// stamp of them on arrival (bundle-stamp.ts, decision 0072).
import { z } from 'zod';
import { LanguageCode } from '../domain/languages';
import { CardRole } from './card';
import { Flow } from './flow';
import { CardId, PictogramId } from './ids';
import { LanguageMeta } from './language';
import { PhrasebookCategory } from './phrasebook';

export {
  BUNDLE_DIR,
  bundleManifestPath,
  coverageBundlePath,
  packBundlePath,
  textBundlePath,
} from './bundle-paths';

/** How a card sounds in one language: a clip URL relative to the app root, or nothing. */
export const BundleAudio = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('recorded'), src: z.string().min(1) }),
  z.strictObject({ kind: z.literal('synthetic'), src: z.string().min(1), borrowed: z.boolean() }),
  z.strictObject({ kind: z.literal('none') }),
]);
export type BundleAudio = z.infer<typeof BundleAudio>;

export const BundleText = z.strictObject({
  text: z.string(),
  /** A draft is shown with a marker on the doctor's screen; never presented as verified. */
  reviewed: z.boolean(),
  /** Drafted without any speaker of the language: the doctor sees a stronger warning. */
  lowConfidence: z.boolean(),
  audio: BundleAudio,
});
export type BundleText = z.infer<typeof BundleText>;

export const TextBundle = z.strictObject({
  language: LanguageCode,
  texts: z.record(CardId, BundleText),
});
export type TextBundle = z.infer<typeof TextBundle>;

export const BundleCard = z.strictObject({
  role: CardRole,
  pictograms: z.array(PictogramId).min(1),
});
export type BundleCard = z.infer<typeof BundleCard>;

export const BundleLanguage = LanguageMeta.extend({
  /** The greeting in this language, so the picker can speak it without loading the language. */
  greeting: BundleText,
});
export type BundleLanguage = z.infer<typeof BundleLanguage>;

export const PackBundle = z.strictObject({
  languages: z.array(BundleLanguage),
  cards: z.record(CardId, BundleCard),
  flows: z.array(Flow),
  phrasebook: z.array(PhrasebookCategory),
  /** Pictogram id → URL relative to the app root, e.g. "pictograms/baby.svg". */
  pictograms: z.record(PictogramId, z.string()),
});
export type PackBundle = z.infer<typeof PackBundle>;

/** The coverage report (npm run content:report --json) the doctor's "Contenu" screen shows. */
export const CoverageBundle = z.object({
  cards: z.number().int(),
  flows: z.number().int(),
  rows: z.array(
    z.object({
      language: LanguageCode,
      frenchName: z.string(),
      voice: z.string(),
      cards: z.number().int(),
      withText: z.number().int(),
      textPercent: z.number(),
      reviewed: z.number().int(),
      reviewedPercent: z.number(),
      audio: z.object({
        recorded: z.number().int(),
        synthetic: z.number().int(),
        none: z.number().int(),
      }),
    }),
  ),
});
export type CoverageBundle = z.infer<typeof CoverageBundle>;
