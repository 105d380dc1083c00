// For the doctor only: the family's clip is read by a related language's voice (Dari by the
// Persian one). Tiny on purpose: it qualifies the audio, it does not compete with the card.
import type { BundleAudio } from '../../../shared/content/bundle';
import '../../styles/family-audio.css';
import { isBorrowedVoice } from './clip-url';

export { isBorrowedVoice } from './clip-url';

export function BorrowedVoiceMarker(props: { audio: BundleAudio | null | undefined }) {
  if (!isBorrowedVoice(props.audio)) return null;
  return (
    <span
      className="voice-borrowed"
      lang="fr"
      title="Audio lu par la voix d’une langue proche (synthèse) : à vérifier avec la famille."
    >
      voix empruntée
    </span>
  );
}
