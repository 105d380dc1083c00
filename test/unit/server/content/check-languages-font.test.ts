// WRONG_FONT: a language must name the face fonts.css bundles for it — its script's face, or its
// own where its readers expect another style of the script (Urdu: Nastaliq, decision 0055).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLanguages } from '../../../../server/content/check-languages';
import type { LoadedPack } from '../../../../server/content/load-pack';
import { LanguagesFile } from '../../../../shared/content/language';

const shipped = LanguagesFile.parse(
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../assets/content/languages.json'), 'utf8'),
  ),
);

function fontIssues(fonts: Record<string, string>): { id: string | undefined; message: string }[] {
  const data = {
    ...shipped,
    languages: shipped.languages.map((language) => ({
      ...language,
      fontFamily: fonts[language.code] ?? language.fontFamily,
    })),
  };
  const pack = { languages: { file: 'languages.json', data } } as unknown as LoadedPack;
  const cards = new Set(shipped.languages.map((language) => language.greetingCard));
  return checkLanguages(pack, cards)
    .filter((issue) => issue.code === 'WRONG_FONT')
    .map(({ id, message }) => ({ id, message }));
}

describe('language fonts', () => {
  it('accepts the shipped pack: Urdu in Nastaliq, Chinese in the Noto Sans SC subset', () => {
    expect(fontIssues({})).toEqual([]);
    expect(shipped.languages.find((language) => language.code === 'ur')?.fontFamily).toBe(
      'Noto Nastaliq Urdu',
    );
  });

  it('rejects Urdu in the Naskh face of the Arabic script', () => {
    expect(fontIssues({ ur: 'Noto Sans Arabic' })).toEqual([
      { id: 'ur', message: 'font "Noto Sans Arabic" is not the bundled "Noto Nastaliq Urdu"' },
    ]);
  });

  it('keeps Nastaliq to Urdu: Arabic and Persian still need Noto Sans Arabic', () => {
    expect(fontIssues({ ar: 'Noto Nastaliq Urdu', fa: 'Noto Nastaliq Urdu' })).toEqual([
      { id: 'ar', message: 'font "Noto Nastaliq Urdu" is not the bundled "Noto Sans Arabic"' },
      { id: 'fa', message: 'font "Noto Nastaliq Urdu" is not the bundled "Noto Sans Arabic"' },
    ]);
  });

  it('rejects a system CJK font for Chinese', () => {
    expect(fontIssues({ zh: 'Microsoft YaHei' })).toEqual([
      { id: 'zh', message: 'font "Microsoft YaHei" is not the bundled "Noto Sans SC"' },
    ]);
  });
});
