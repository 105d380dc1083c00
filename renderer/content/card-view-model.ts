// What a screen needs to draw one card in one language: text, pictogram URLs, audio, and
// whether the text is a draft. Missing pieces come back as explicit values, never undefined
// text on screen.
import type { BundleAudio, BundleText, PackBundle, TextBundle } from '../../shared/content/bundle';

export interface CardViewModel {
  id: string;
  text: string;
  /** Text missing in this language: the screen shows the pictogram and offers the interpreter. */
  missing: boolean;
  pictograms: string[];
  audio: BundleAudio;
  draft: boolean;
  lowConfidence: boolean;
}

const noText: BundleText = {
  text: '',
  reviewed: false,
  lowConfidence: false,
  audio: { kind: 'none' },
};

export function cardViewModel(pack: PackBundle, texts: TextBundle, cardId: string): CardViewModel {
  const text = texts.texts[cardId] ?? noText;
  const card = pack.cards[cardId];
  return {
    id: cardId,
    text: text.text,
    missing: text.text === '',
    pictograms: (card?.pictograms ?? []).flatMap((id) => {
      const url = pack.pictograms[id];
      return url ? [url] : [];
    }),
    audio: text.audio,
    draft: !text.reviewed,
    lowConfidence: text.lowConfidence,
  };
}
