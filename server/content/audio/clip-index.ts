// What the web shell may synthesize: exactly the synthetic clips the compiled content bundle
// (dist/renderer/content/) points at, with the text and voice that make each one. A request for
// anything else is refused, so the route can never be used to make the machine say arbitrary
// text, and a clip whose name no longer matches its text (a stale bundle) is left out.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
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
  /** The synthetic clip named `file` (relative to the audio cache, e.g.
   * "fr/greeting.language.<hash>.ogg"), or undefined when the content has no such clip. */
  clip(file: string): PlannedClip | undefined;
  /** A language's clips, in card order: what choosing that language pre-warms. */
  clips(language: string): readonly PlannedClip[];
  /** Every language's greeting clip: the picker speaks them before any language is chosen. */
  greetings(): readonly PlannedClip[];
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

/** The pack's languages only: the rest of the pack is not this index's business. */
const PackLanguages = z.object({ languages: PackBundle.shape.languages });
type Language = PackBundle['languages'][number];

function plannedClip(language: Language, card: string, text: BundleText): PlannedClip | null {
  const voice = language.voice;
  const file = syntheticFile(text);
  if (!voice || !file) return null;
  const expected = clipFile(language.code, card, clipHash(text.text, voice.voice, AUDIO_ENGINE));
  if (file !== expected) return null;
  return {
    card,
    language: language.code,
    voice: voice.voice,
    borrowed: voice.kind === 'borrowed',
    text: text.text,
    file,
  };
}

/**
 * Opened at start without reading anything; each language's texts are read and checked the
 * first time one of its clips is asked for (a clinic uses a few languages a day, and reading
 * all twenty-five at start held the first page back). Empty when the bundle has not been
 * built: every clip request is then "unknown".
 */
export function openClipIndex(bundleDir: string): ClipIndex {
  let languages: Map<string, Language> | null = null;
  const perLanguage = new Map<string, Map<string, PlannedClip>>();
  const packLanguages = (): Map<string, Language> => {
    if (languages) return languages;
    const packPath = join(bundleDir, packBundlePath);
    const list = existsSync(packPath) ? PackLanguages.parse(readJson(packPath)).languages : [];
    languages = new Map(list.map((language) => [language.code, language]));
    return languages;
  };
  const clipsOf = (code: string): Map<string, PlannedClip> => {
    const loaded = perLanguage.get(code);
    if (loaded) return loaded;
    const clips = new Map<string, PlannedClip>();
    const language = packLanguages().get(code);
    const textPath = join(bundleDir, textBundlePath(code));
    if (language?.voice && existsSync(textPath)) {
      const bundle = TextBundle.parse(readJson(textPath));
      for (const [card, text] of Object.entries(bundle.texts)) {
        const clip = plannedClip(language, card, text);
        if (clip) clips.set(clip.file, clip);
      }
    }
    perLanguage.set(code, clips);
    return clips;
  };
  let greetings: Map<string, PlannedClip> | null = null;
  // From the pack alone: the greeting's text is there, so no language file is read.
  const greetingClips = (): Map<string, PlannedClip> => {
    greetings ??= new Map(
      [...packLanguages().values()].flatMap((language) => {
        const clip = plannedClip(language, language.greetingCard, language.greeting);
        return clip ? [[clip.file, clip] as const] : [];
      }),
    );
    return greetings;
  };
  return {
    clip(file) {
      const greeting = greetingClips().get(file);
      if (greeting) return greeting;
      const code = file.slice(0, file.indexOf('/'));
      return packLanguages().has(code) ? clipsOf(code).get(file) : undefined;
    },
    clips: (language) => (packLanguages().has(language) ? [...clipsOf(language).values()] : []),
    greetings: () => [...greetingClips().values()],
  };
}
