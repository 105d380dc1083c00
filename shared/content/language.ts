// What the content pack says about each family language, on top of the app's list in
// shared/domain/languages.ts: the font that renders it, the offline voice that reads it aloud
// and the card that greets in it. The checker keeps both lists in agreement.
import { z } from 'zod';
import { LanguageCode } from '../domain/languages';
import { CardId } from './ids';

export const Script = z.enum(['Arab', 'Beng', 'Cyrl', 'Ethi', 'Geor', 'Hans', 'Latn']);
export type Script = z.infer<typeof Script>;

export const Direction = z.enum(['ltr', 'rtl']);
export type Direction = z.infer<typeof Direction>;

/** A script's direction is a fact of the script, so a language's declared direction can be checked. */
export const scriptDirection: Readonly<Record<Script, Direction>> = {
  Arab: 'rtl',
  Beng: 'ltr',
  Cyrl: 'ltr',
  Ethi: 'ltr',
  Geor: 'ltr',
  Hans: 'ltr',
  Latn: 'ltr',
};

/**
 * `native`: espeak-ng has a voice for this language. `borrowed`: the voice of a closely related
 * language that a speaker understands (Persian for Dari); the UI must say so.
 */
export const Voice = z.strictObject({
  engine: z.literal('espeak-ng'),
  voice: z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]+)*$/, 'an espeak-ng voice name such as "fr-fr"'),
  kind: z.enum(['native', 'borrowed']),
});
export type Voice = z.infer<typeof Voice>;

export const LanguageMeta = z.strictObject({
  code: LanguageCode,
  nativeName: z.string().min(1),
  frenchName: z.string().min(1),
  script: Script,
  direction: Direction,
  /** CSS font family; must be one that renderer/styles/fonts.css bundles. */
  fontFamily: z.string().min(1),
  voice: Voice.nullable(),
  /** "If you speak Tigrinya, touch here": read aloud on the language picker. */
  greetingCard: CardId,
});
export type LanguageMeta = z.infer<typeof LanguageMeta>;

export const LanguagesFile = z.strictObject({
  /** The language every card is written in first; pseudo-locales are generated from it. */
  source: z.literal('fr'),
  languages: z.array(LanguageMeta).min(1),
});
export type LanguagesFile = z.infer<typeof LanguagesFile>;

/** The font bundled for each script (renderer/styles/fonts.css; decisions 0052 and 0055). */
export const scriptFont: Readonly<Record<Script, string>> = {
  Arab: 'Noto Sans Arabic',
  Beng: 'Noto Sans Bengali',
  Cyrl: 'Noto Sans',
  Ethi: 'Noto Sans Ethiopic',
  Geor: 'Noto Sans Georgian',
  Hans: 'Noto Sans SC',
  Latn: 'Noto Sans',
};

/**
 * Languages whose readers expect another style of their script than the script's bundled font:
 * Urdu is written in Nastaliq, not the Naskh of Noto Sans Arabic (decision 0055). Each is
 * bundled by renderer/styles/fonts.css too.
 */
export const languageFont: Readonly<Partial<Record<LanguageCode, string>>> = {
  ur: 'Noto Nastaliq Urdu',
};

/** The bundled font a language's `fontFamily` must name. */
export function bundledFont(code: LanguageCode, script: Script): string {
  return languageFont[code] ?? scriptFont[script];
}

/** A letter of the script: a text in that language with none of them is in the wrong script. */
export const scriptLetter: Readonly<Record<Script, RegExp>> = {
  Arab: /\p{Script=Arabic}/u,
  Beng: /\p{Script=Bengali}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Ethi: /\p{Script=Ethiopic}/u,
  Geor: /\p{Script=Georgian}/u,
  Hans: /\p{Script=Han}/u,
  Latn: /\p{Script=Latin}/u,
};
