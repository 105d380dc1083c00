// Pseudo-locales generated from French for development (Excalidraw's habit): `qps` accents and
// brackets every string, so a string that is not from the pack shows up plain and text that
// grows ~30 % shows where layouts break; `qps-rtl` also forces right-to-left, so RTL bugs
// show without reading Arabic. Never offered to families.
import type { Card } from './card';

export const pseudoLocales = ['qps', 'qps-rtl'] as const;
export type PseudoLocale = (typeof pseudoLocales)[number];

export const pseudoDirection: Readonly<Record<PseudoLocale, 'ltr' | 'rtl'>> = {
  qps: 'ltr',
  'qps-rtl': 'rtl',
};

const accented: Readonly<Record<string, string>> = {
  a: 'à',
  c: 'ç',
  e: 'é',
  i: 'î',
  n: 'ñ',
  o: 'ô',
  s: 'š',
  u: 'û',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  C: 'Ç',
  E: 'É',
  I: 'Î',
  N: 'Ñ',
  O: 'Ö',
  S: 'Š',
  U: 'Ü',
  Y: 'Ý',
  Z: 'Ž',
};

// U+202E RIGHT-TO-LEFT OVERRIDE … U+202C POP DIRECTIONAL FORMATTING: Latin letters then run
// right to left, as Chromium's own ar-XB pseudo-locale does.
const RLO = '\u202e';
const PDF = '\u202c';

export function pseudoText(text: string, locale: PseudoLocale): string {
  const accentedText = text.replace(/[a-z]/gi, (char) => accented[char] ?? char);
  const padding = '~'.repeat(Math.ceil(text.length * 0.3));
  const body = `[${accentedText}${padding}]`;
  return locale === 'qps-rtl' ? `${RLO}${body}${PDF}` : body;
}

/** A card's text in a pseudo-locale, from its French source; null when French is missing too. */
export function pseudoCardText(card: Card, locale: PseudoLocale): string | null {
  const french = card.text.fr?.text;
  return french === undefined ? null : pseudoText(french, locale);
}
