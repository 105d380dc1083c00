// Turns a bundle's clip (shared/content/bundle.ts: `src` relative to the app root) into the URL
// the audio element loads: beside the page, on the web shell's http origin or on app://.
import type { BundleAudio } from '../../../shared/content/bundle';

export function clipUrl(audio: BundleAudio | null | undefined, baseUri: string): string | null {
  if (!audio || audio.kind === 'none') return null;
  return new URL(audio.src, baseUri).href;
}

/** Dari read by the Persian voice: the doctor sees a small marker, the family nothing. */
export function isBorrowedVoice(audio: BundleAudio | null | undefined): boolean {
  return audio?.kind === 'synthetic' && audio.borrowed;
}
