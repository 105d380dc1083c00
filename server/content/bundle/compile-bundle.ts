// Compiles the content pack into the static bundle the screens read (shared/content/bundle.ts):
// one pack.json with the structure, one text file per language. Runs at build time, after
// content:check has proved the pack valid, so any inconsistency here is a bug, not content.
import type { Card, Translation } from '../../../shared/content/card';
import type {
  BundleAudio,
  BundleCard,
  BundleText,
  PackBundle,
  TextBundle,
} from '../../../shared/content/bundle';
import type { LanguageMeta } from '../../../shared/content/language';
import { assembleCards } from '../assemble-cards';
import { withSyntheticAudio } from '../audio/attach-audio';
import type { LoadedPack } from '../load-pack';

export interface CompiledBundle {
  pack: PackBundle;
  texts: TextBundle[];
}

/** Clip URLs are relative to the app root; the web shell and app:// serve `audio/`. */
export function audioOf(translation: Translation): BundleAudio {
  const audio = translation.audio;
  if (!audio || audio.kind === 'none') return { kind: 'none' };
  if (audio.kind === 'recorded') return { kind: 'recorded', src: `audio/${audio.file}` };
  return { kind: 'synthetic', src: `audio/${audio.file}`, borrowed: audio.borrowed };
}

function textOf(translation: Translation): BundleText {
  const review = translation.review;
  return {
    text: translation.text,
    reviewed: review.status === 'reviewed',
    lowConfidence: review.status === 'draft' && (review.note ?? '').startsWith('low confidence'),
    audio: audioOf(translation),
  };
}

function textBundle(cards: readonly Card[], language: LanguageMeta['code']): TextBundle {
  const texts: Record<string, BundleText> = {};
  for (const card of cards) {
    const translation = card.text[language];
    if (translation) texts[card.id] = textOf(translation);
  }
  return { language, texts };
}

export function compileBundle(pack: LoadedPack): CompiledBundle {
  const languages = pack.languages?.data.languages ?? [];
  const all: LanguageMeta[] = [...languages];
  // French is the doctor's language: it gets a text file (and a voice) like any other.
  const cards = withSyntheticAudio(assembleCards(pack), all);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const cardEntries: Record<string, BundleCard> = {};
  for (const card of cards) cardEntries[card.id] = { role: card.role, pictograms: card.pictograms };
  const pictograms: Record<string, string> = {};
  for (const [id, entry] of Object.entries(pack.pictograms?.data.pictograms ?? {})) {
    pictograms[id] = `pictograms/${entry.file}`;
  }
  const codes = new Set<LanguageMeta['code']>(['fr', ...languages.map((meta) => meta.code)]);
  return {
    pack: {
      languages: languages.map((meta) => {
        const greeting = byId.get(meta.greetingCard)?.text[meta.code];
        if (!greeting) throw new Error(`No greeting text for ${meta.code}.`);
        return { ...meta, greeting: textOf(greeting) };
      }),
      cards: cardEntries,
      flows: pack.flows.map((flow) => flow.data),
      phrasebook: pack.phrasebook?.data.categories ?? [],
      pictograms,
    },
    texts: [...codes].map((code) => textBundle(cards, code)),
  };
}
