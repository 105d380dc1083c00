// Family languages: native name in its own script (what the family points at), French name
// (what the doctor reads) and writing direction (what the layout follows). No flags: a flag
// names a state, not a language, and can hurt someone who fled it.
import { z } from 'zod';

export interface LanguageInfo {
  code: string;
  nativeName: string;
  frenchName: string;
  /** ISO 15924 script code: picks the bundled font (renderer/styles/fonts.css). */
  script: 'Arab' | 'Beng' | 'Cyrl' | 'Ethi' | 'Geor' | 'Hans' | 'Latn';
  direction: 'ltr' | 'rtl';
}

export const languages = [
  { code: 'ar', nativeName: 'العربية', frenchName: 'Arabe', script: 'Arab', direction: 'rtl' },
  { code: 'prs', nativeName: 'دری', frenchName: 'Dari', script: 'Arab', direction: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', frenchName: 'Persan', script: 'Arab', direction: 'rtl' },
  { code: 'ps', nativeName: 'پښتو', frenchName: 'Pachto', script: 'Arab', direction: 'rtl' },
  { code: 'ur', nativeName: 'اردو', frenchName: 'Ourdou', script: 'Arab', direction: 'rtl' },
  { code: 'ti', nativeName: 'ትግርኛ', frenchName: 'Tigrigna', script: 'Ethi', direction: 'ltr' },
  { code: 'am', nativeName: 'አማርኛ', frenchName: 'Amharique', script: 'Ethi', direction: 'ltr' },
  { code: 'so', nativeName: 'Soomaali', frenchName: 'Somali', script: 'Latn', direction: 'ltr' },
  { code: 'ka', nativeName: 'ქართული', frenchName: 'Géorgien', script: 'Geor', direction: 'ltr' },
  { code: 'sq', nativeName: 'Shqip', frenchName: 'Albanais', script: 'Latn', direction: 'ltr' },
  { code: 'ro', nativeName: 'Română', frenchName: 'Roumain', script: 'Latn', direction: 'ltr' },
  { code: 'ru', nativeName: 'Русский', frenchName: 'Russe', script: 'Cyrl', direction: 'ltr' },
  {
    code: 'uk',
    nativeName: 'Українська',
    frenchName: 'Ukrainien',
    script: 'Cyrl',
    direction: 'ltr',
  },
  { code: 'tr', nativeName: 'Türkçe', frenchName: 'Turc', script: 'Latn', direction: 'ltr' },
  { code: 'bn', nativeName: 'বাংলা', frenchName: 'Bengali', script: 'Beng', direction: 'ltr' },
  { code: 'zh', nativeName: '中文', frenchName: 'Chinois', script: 'Hans', direction: 'ltr' },
  { code: 'es', nativeName: 'Español', frenchName: 'Espagnol', script: 'Latn', direction: 'ltr' },
  {
    code: 'pt',
    nativeName: 'Português',
    frenchName: 'Portugais',
    script: 'Latn',
    direction: 'ltr',
  },
  { code: 'en', nativeName: 'English', frenchName: 'Anglais', script: 'Latn', direction: 'ltr' },
  { code: 'wo', nativeName: 'Wolof', frenchName: 'Wolof', script: 'Latn', direction: 'ltr' },
  {
    code: 'snk',
    nativeName: 'Sooninkanxanne',
    frenchName: 'Soninké',
    script: 'Latn',
    direction: 'ltr',
  },
  {
    code: 'ff',
    nativeName: 'Pulaar',
    frenchName: 'Peul (pular)',
    script: 'Latn',
    direction: 'ltr',
  },
  { code: 'bm', nativeName: 'Bamanankan', frenchName: 'Bambara', script: 'Latn', direction: 'ltr' },
  { code: 'ln', nativeName: 'Lingála', frenchName: 'Lingala', script: 'Latn', direction: 'ltr' },
  { code: 'fr', nativeName: 'Français', frenchName: 'Français', script: 'Latn', direction: 'ltr' },
] as const satisfies readonly LanguageInfo[];

export type LanguageCode = (typeof languages)[number]['code'];

export const LanguageCode = z.enum(
  languages.map((language) => language.code) as [LanguageCode, ...LanguageCode[]],
);

export function languageInfo(code: LanguageCode): LanguageInfo {
  const found = languages.find((language) => language.code === code);
  if (!found) throw new Error(`Unknown language ${code}`);
  return found;
}
