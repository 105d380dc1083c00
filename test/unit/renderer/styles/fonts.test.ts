// renderer/styles/fonts.css against the content pack: each language's `fontFamily` is the face its
// `:lang()` rule asks for first and a face the app ships, and the committed Chinese subset
// (scripts/subset-cjk-font.mjs, decision 0055) holds every character a Chinese screen shows.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LanguagesFile } from '../../../../shared/content/language';
import { TextFile } from '../../../../shared/content/pack-files';
import { woff2CodePoints } from './woff2-cmap';

const root = resolve(import.meta.dirname, '../../../..');
const fontsCss = join(root, 'renderer/styles/fonts.css');
const css = readFileSync(fontsCss, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const { languages } = LanguagesFile.parse(
  JSON.parse(readFileSync(join(root, 'assets/content/languages.json'), 'utf8')),
);
const require = createRequire(fontsCss);

function families(value: string): string[] {
  return value.split(',').map((family) => family.trim().replace(/^'|'$/g, ''));
}

/** The families of the `font-family` declared by the rule whose selector names `:lang(code)`. */
function familiesFor(code: string): string[] | undefined {
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}@]+)\{([^}]*)\}/g)) {
    const named = selectors.split(',').some((selector) => selector.includes(`:lang(${code})`));
    const value = /font-family:([^;]+);/.exec(body)?.[1];
    if (named && value) return families(value);
  }
  return undefined;
}

/** Every family fonts.css ships: its own @font-face rules and those of the Fontsource imports. */
function shippedFamilies(): Set<string> {
  const sheets = [css];
  for (const [, path = ''] of css.matchAll(/@import '([^']+)';/g)) {
    sheets.push(readFileSync(require.resolve(path), 'utf8'));
  }
  const shipped = new Set<string>();
  for (const sheet of sheets) {
    for (const [, value = ''] of sheet.matchAll(/@font-face\s*\{[^}]*font-family:\s*([^;]+);/g)) {
      shipped.add(families(value)[0] ?? '');
    }
  }
  return shipped;
}

describe('fonts.css', () => {
  const shipped = shippedFamilies();

  it.each(languages.map((language) => [language.code, language.fontFamily]))(
    '%s is drawn first with its bundled %s',
    (code, fontFamily) => {
      expect(familiesFor(code)?.[0]).toBe(fontFamily);
      expect(shipped).toContain(fontFamily);
    },
  );

  it('gives Urdu Nastaliq with room for its height', () => {
    expect(familiesFor('ur')?.[0]).toBe('Noto Nastaliq Urdu');
    expect(css).toMatch(/:lang\(ur\)\s*\{[^}]*line-height:\s*2\.2;/);
  });
});

describe('Chinese font subset', () => {
  const characters = new Map<string, string>();
  const textDir = join(root, 'assets/content/text/zh');
  for (const name of readdirSync(textDir).filter((file) => file.endsWith('.json'))) {
    const file = TextFile.parse(JSON.parse(readFileSync(join(textDir, name), 'utf8')));
    for (const [id, { text }] of Object.entries(file.texts)) {
      for (const character of text) characters.set(character, `text/zh/${name} ${id}`);
    }
  }
  for (const language of languages.filter((entry) => entry.script === 'Hans')) {
    for (const character of language.nativeName) {
      characters.set(character, `languages.json ${language.code}`);
    }
  }

  it.each([400, 700])('weight %i holds every character of the Chinese texts', (weight) => {
    const font = readFileSync(
      join(root, `renderer/assets/fonts/noto-sans-sc-subset-${weight}.woff2`),
    );
    const covered = woff2CodePoints(font);
    const missing = [...characters]
      .filter(([character]) => !/\s/u.test(character))
      .filter(([character]) => !covered.has(character.codePointAt(0) ?? 0))
      .map(([character, where]) => `${character} (${where})`);
    // Fix: node scripts/subset-cjk-font.mjs, then commit renderer/assets/fonts/.
    expect(missing).toEqual([]);
    expect(characters.size).toBeGreaterThan(100);
    // A real subset, not the whole font: the full Noto Sans SC maps ~30,000 code points.
    expect(covered.size).toBeLessThan(characters.size + 200);
  });
});
