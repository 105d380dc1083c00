// A tiny compiled content bundle (shared/content/bundle.ts) on disk: French and Dari (borrowed
// Persian voice) with synthetic clips, Pashto with none. Shared by the clip index and route tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIO_ENGINE } from '../../../../../server/content/audio/audio-format';
import { clipFile, clipHash } from '../../../../../server/content/audio/plan-clips';
import type {
  BundleLanguage,
  BundleText,
  PackBundle,
  TextBundle,
} from '../../../../../shared/content/bundle';
import { packBundlePath, textBundlePath } from '../../../../../shared/content/bundle';
import type { LanguageMeta } from '../../../../../shared/content/language';

type Code = 'fr' | 'prs' | 'ps';
const voices: Record<Code, LanguageMeta['voice']> = {
  fr: { engine: 'espeak-ng', voice: 'fr-fr', kind: 'native' },
  prs: { engine: 'espeak-ng', voice: 'fa', kind: 'borrowed' },
  ps: null,
};
export const fixtureTexts: Record<Code, Record<string, string>> = {
  fr: { 'greeting.language': 'Bonjour', 'answer.yes': 'Oui', 'symptoms.fever': 'Fièvre' },
  prs: { 'greeting.language': 'سلام', 'answer.yes': 'بلی' },
  ps: { 'greeting.language': 'سلام', 'answer.yes': 'هو' },
};

export function fixtureFile(language: Code, card: string): string {
  const voice = voices[language];
  if (!voice) throw new Error(`${language} has no voice`);
  return clipFile(
    language,
    card,
    clipHash(fixtureTexts[language][card] ?? '', voice.voice, AUDIO_ENGINE),
  );
}

function text(language: Code, card: string): BundleText {
  const voice = voices[language];
  const audio: BundleText['audio'] = voice
    ? {
        kind: 'synthetic',
        src: `audio/${fixtureFile(language, card)}`,
        borrowed: voice.kind === 'borrowed',
      }
    : { kind: 'none' };
  return { text: fixtureTexts[language][card] ?? '', reviewed: false, lowConfidence: false, audio };
}

function meta(code: Code): BundleLanguage {
  return {
    code,
    nativeName: code,
    frenchName: code,
    script: code === 'fr' ? 'Latn' : 'Arab',
    direction: code === 'fr' ? 'ltr' : 'rtl',
    fontFamily: code === 'fr' ? 'Noto Sans' : 'Noto Sans Arabic',
    voice: voices[code],
    greetingCard: 'greeting.language',
    greeting: text(code, 'greeting.language'),
  };
}

/** Writes the bundle into a new temporary folder and returns it. */
export function writeFixtureBundle(edit?: (texts: TextBundle[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'audio-bundle-'));
  const codes: Code[] = ['fr', 'prs', 'ps'];
  const pack: PackBundle = {
    languages: codes.map(meta),
    cards: {},
    flows: [],
    phrasebook: [],
    pictograms: {},
  };
  const texts: TextBundle[] = codes.map((language) => ({
    language,
    texts: Object.fromEntries(
      Object.keys(fixtureTexts[language]).map((card) => [card, text(language, card)]),
    ),
  }));
  edit?.(texts);
  mkdirSync(join(dir, 'content', 'text'), { recursive: true });
  writeFileSync(join(dir, packBundlePath), JSON.stringify(pack));
  for (const bundle of texts) {
    writeFileSync(join(dir, textBundlePath(bundle.language)), JSON.stringify(bundle));
  }
  return dir;
}
