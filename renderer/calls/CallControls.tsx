// Mute, camera, audio-only and hang up: toggle buttons with aria-pressed, so the state is
// announced and not only drawn.
import type { LocalMedia } from './use-local-media';
import { callsFr } from './strings-fr';

interface Props {
  media: LocalMedia;
  onAudioOnly: (on: boolean) => void;
  onHangup: () => void;
}

export function CallControls({ media, onAudioOnly, onHangup }: Props) {
  const t = callsFr.controls;
  return (
    <div className="call-controls">
      <button
        type="button"
        aria-pressed={media.muted}
        onClick={() => {
          media.setMuted(!media.muted);
        }}
      >
        {media.muted ? t.unmute : t.mute}
      </button>
      <button
        type="button"
        aria-pressed={media.cameraOff}
        disabled={media.audioOnly}
        onClick={() => {
          media.setCameraOff(!media.cameraOff);
        }}
      >
        {media.cameraOff ? t.cameraOn : t.cameraOff}
      </button>
      <button
        type="button"
        aria-pressed={media.audioOnly}
        onClick={() => {
          onAudioOnly(!media.audioOnly);
        }}
      >
        {media.audioOnly ? t.video : t.audioOnly}
      </button>
      <button type="button" className="call-hangup" onClick={onHangup}>
        {callsFr.hangup}
      </button>
    </div>
  );
}
