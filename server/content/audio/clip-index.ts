// What the web shell may synthesize: exactly the synthetic clips the compiled content bundle
// (dist/renderer/content/) points at, with the text and voice that make each one. A request for
// anything else is refused, so the route can never be used to make the machine say arbitrary
// text, and a clip whose name no longer matches its text (a stale bundle) is left out.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PackBundle,
  TextBundle,
  packBundlePath,
  textBundlePath,
  type BundleText,
} from '../../../shared/content/bundle';
import { AUDIO_ENGINE } from './audio-format';
import { clipFile, clipHash, type PlannedClip } from './plan-clips';

export interface ClipIndex {
  /** Synthetic clips by file (relative to the audio cache, e.g. "fr/greeting.language.<hash>.ogg"). */
  clips: ReadonlyMap<string, PlannedClip>;
  /** Each language's clip files, in card order: what choosing that language pre-warms. */
  byLanguage: ReadonlyMap<string, readonly string[]>;
  /** Every language's greeting clip: the picker speaks them before any language is chosen. */
  greetings: readonly string[];
}

const AUDIO_PREFIX = 'audio/';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function syntheticFile(text: BundleText): string | null {
  const audio = text.audio;
  if (audio.kind !== 'synthetic' || !audio.src.startsWith(AUDIO_PREFIX)) return null;
  return audio.src.slice(AUDIO_PREFIX.length);
}

/** Empty when the bundle has not been built: every clip request is then "unknown". */
export function loadClipIndex(bundleDir: string): ClipIndex {
  const clips = new Map<string, PlannedClip>();
  const byLanguage = new Map<string, string[]>();
  const greetings: string[] = [];
  const packPath = join(bundleDir, packBundlePath);
  if (!existsSync(packPath)) return { clips, byLanguage, greetings };
  const pack = PackBundle.parse(readJson(packPath));
  for (const language of pack.languages) {
    const voice = language.voice;
    const textPath = join(bundleDir, textBundlePath(language.code));
    if (!voice || !existsSync(textPath)) continue;
    const bundle = TextBundle.parse(readJson(textPath));
    const files: string[] = [];
    for (const [card, text] of Object.entries(bundle.texts)) {
      const file = syntheticFile(text);
      const expected = clipFile(
        language.code,
        card,
        clipHash(text.text, voice.voice, AUDIO_ENGINE),
      );
      if (file !== expected) continue;
      clips.set(file, {
        card,
        language: language.code,
        voice: voice.voice,
        borrowed: voice.kind === 'borrowed',
        text: text.text,
        file,
      });
      files.push(file);
    }
    byLanguage.set(language.code, files);
    const greeting = syntheticFile(language.greeting);
    if (greeting && clips.has(greeting)) greetings.push(greeting);
  }
  return { clips, byLanguage, greetings };
}
