// Family languages: native name in its own script (what the family points at), French name
// (what the doctor reads) and writing direction (what the layout follows). No flags: a flag
// names a state, not a language, and can hurt someone who fled it.
import { z } from 'zod';

export interface LanguageInfo {
  code: string;
  nativeName: string;
  frenchName: string;
  direction: 'ltr' | 'rtl';
}

export const languages = [
  { code: 'ar', nativeName: 'العربية', frenchName: 'Arabe', direction: 'rtl' },
  { code: 'prs', nativeName: 'دری', frenchName: 'Dari', direction: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', frenchName: 'Persan', direction: 'rtl' },
  { code: 'ps', nativeName: 'پښتو', frenchName: 'Pachto', direction: 'rtl' },
  { code: 'ur', nativeName: 'اردو', frenchName: 'Ourdou', direction: 'rtl' },
  { code: 'ti', nativeName: 'ትግርኛ', frenchName: 'Tigrigna', direction: 'ltr' },
  { code: 'am', nativeName: 'አማርኛ', frenchName: 'Amharique', direction: 'ltr' },
  { code: 'so', nativeName: 'Soomaali', frenchName: 'Somali', direction: 'ltr' },
  { code: 'ka', nativeName: 'ქართული', frenchName: 'Géorgien', direction: 'ltr' },
  { code: 'sq', nativeName: 'Shqip', frenchName: 'Albanais', direction: 'ltr' },
  { code: 'ro', nativeName: 'Română', frenchName: 'Roumain', direction: 'ltr' },
  { code: 'ru', nativeName: 'Русский', frenchName: 'Russe', direction: 'ltr' },
  { code: 'uk', nativeName: 'Українська', frenchName: 'Ukrainien', direction: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', frenchName: 'Turc', direction: 'ltr' },
  { code: 'bn', nativeName: 'বাংলা', frenchName: 'Bengali', direction: 'ltr' },
  { code: 'zh', nativeName: '中文', frenchName: 'Chinois', direction: 'ltr' },
  { code: 'es', nativeName: 'Español', frenchName: 'Espagnol', direction: 'ltr' },
  { code: 'pt', nativeName: 'Português', frenchName: 'Portugais', direction: 'ltr' },
  { code: 'en', nativeName: 'English', frenchName: 'Anglais', direction: 'ltr' },
  { code: 'wo', nativeName: 'Wolof', frenchName: 'Wolof', direction: 'ltr' },
  { code: 'snk', nativeName: 'Sooninkanxanne', frenchName: 'Soninké', direction: 'ltr' },
  { code: 'ff', nativeName: 'Pulaar', frenchName: 'Peul (pular)', direction: 'ltr' },
  { code: 'bm', nativeName: 'Bamanankan', frenchName: 'Bambara', direction: 'ltr' },
  { code: 'ln', nativeName: 'Lingála', frenchName: 'Lingala', direction: 'ltr' },
  { code: 'fr', nativeName: 'Français', frenchName: 'Français', direction: 'ltr' },
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
