// A card's clip in React: plays it when the card is shown (if asked), replays on demand and
// stops it when the card leaves. `available` is false where the card has no clip or its clip
// failed to load: the screen then shows "no sound" and offers the interpreter instead.
import { useCallback, useContext, useEffect, useSyncExternalStore } from 'react';
import { ShownContext } from '../shown-test-ids';
import type { BundleAudio } from '../../../shared/content/bundle';
import { familyClipPlayer, type ClipPlayer, type ClipStatus } from './clip-player';
import { clipUrl } from './clip-url';
import { afterNextPaint } from '../../components/after-next-paint';

export interface CardAudio {
  available: boolean;
  status: ClipStatus | 'none';
  replay: () => void;
  stop: () => void;
}

export interface CardAudioOptions {
  /** Play as soon as the card is shown (the family already touched the screen once). */
  autoPlay?: boolean;
  player?: ClipPlayer;
  baseUri?: string;
}

export function useCardAudio(
  audio: BundleAudio | null | undefined,
  options: CardAudioOptions = {},
): CardAudio {
  const player = options.player ?? familyClipPlayer();
  const url = clipUrl(audio, options.baseUri ?? document.baseURI);
  // Each card follows its own clip's status only: the one voice changing (the next card's
  // clip starting, the last one ending) redraws the buttons whose clip it is, not every
  // card's button, drawn ahead or not, while the family may be tapping.
  const status = useSyncExternalStore(
    (listener) => player.subscribe(listener),
    () => (url ? player.status(url) : 'none'),
    () => (url ? player.status(url) : 'none'),
  );
  const shown = useContext(ShownContext);
  const autoPlay = shown && (options.autoPlay ?? false);

  useEffect(() => {
    // A step drawn ahead of time (not shown) neither plays nor stops anything.
    if (!url || !shown) return;
    // The sound starts once the card is on screen, and a card that leaves stops its sound
    // once the next card is on screen: opening or pausing the media pipeline (a few ms, four
    // times that on a slow tablet) would hold the new picture back; a frame later is not
    // heard as late.
    const cancelPlay = autoPlay
      ? afterNextPaint(() => {
          player.play(url);
        })
      : undefined;
    return () => {
      cancelPlay?.();
      afterNextPaint(() => {
        player.stop(url);
      });
    };
  }, [url, autoPlay, shown, player]);

  const replay = useCallback(() => {
    if (url) player.play(url);
  }, [url, player]);
  const stop = useCallback(() => {
    if (url) player.stop(url);
  }, [url, player]);

  return { available: status !== 'none' && status !== 'failed', status, replay, stop };
}
