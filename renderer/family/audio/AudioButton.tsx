// The card's sound: a big replay button with a speaker, or — where the card has no clip in this
// language, or its clip failed to load — a plainly different, non-clickable struck-out speaker
// with the interpreter button beside it. Never a play button that stays silent.
import type { BundleAudio } from '../../../shared/content/bundle';
import '../../styles/family-audio.css';
import {
  InterpreterPictogram,
  MutedSpeakerPictogram,
  SpeakerPictogram,
} from './speaker-pictograms';
import { useCardAudio, type CardAudioOptions } from './useCardAudio';

export interface AudioButtonProps extends CardAudioOptions {
  audio: BundleAudio | null | undefined;
  /** Accessible names: the family's language where the screen has it, French otherwise. */
  label?: string;
  noAudioLabel?: string;
  interpreterLabel?: string;
  /** Shown in the no-sound state: the family can ask for a human voice instead. */
  onAskInterpreter?: () => void;
}

export function AudioButton(props: AudioButtonProps) {
  const { audio, label, noAudioLabel, interpreterLabel, onAskInterpreter, ...options } = props;
  const sound = useCardAudio(audio, options);
  if (!sound.available) {
    return (
      <div className="card-audio card-audio-none" data-audio-state="none">
        <span role="img" className="audio-none-icon" aria-label={noAudioLabel ?? 'Pas de son'}>
          <MutedSpeakerPictogram />
        </span>
        {onAskInterpreter && (
          <button
            type="button"
            className="audio-interpreter"
            aria-label={interpreterLabel ?? 'Demander un interprète'}
            onClick={onAskInterpreter}
          >
            <InterpreterPictogram />
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="card-audio" data-audio-state={sound.status}>
      <button
        type="button"
        className="audio-replay"
        aria-label={label ?? 'Écouter'}
        aria-pressed={sound.status === 'playing'}
        onClick={sound.replay}
      >
        <SpeakerPictogram playing={sound.status === 'playing'} />
      </button>
    </div>
  );
}
