// A card's clip in React: plays it when the card is shown (if asked), replays on demand and
// stops it when the card leaves. `available` is false where the card has no clip or its clip
// failed to load: the screen then shows "no sound" and offers the interpreter instead.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { BundleAudio } from '../../../shared/content/bundle';
import { familyClipPlayer, type ClipPlayer, type ClipStatus } from './clip-player';
import { clipUrl } from './clip-url';

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
  useSyncExternalStore(
    (listener) => player.subscribe(listener),
    () => player.snapshot(),
    () => player.snapshot(),
  );
  const autoPlay = options.autoPlay ?? false;

  useEffect(() => {
    if (!url) return;
    // The sound starts once the card is on screen: opening the media pipeline first (a few ms,
    // four times that on a slow tablet) would hold the new picture back; a frame later is
    // not heard as late.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = autoPlay
      ? requestAnimationFrame(() => {
          timer = setTimeout(() => {
            player.play(url);
          }, 0);
        })
      : undefined;
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      player.stop(url);
    };
  }, [url, autoPlay, player]);

  const replay = useCallback(() => {
    if (url) player.play(url);
  }, [url, player]);
  const stop = useCallback(() => {
    if (url) player.stop(url);
  }, [url, player]);

  const status = url ? player.status(url) : 'none';
  return { available: status !== 'none' && status !== 'failed', status, replay, stop };
}
