// interpreterVideoState() kept current: a stream's tracks come and go without React knowing
// (the video may arrive after the audio, a track may end), so its events recompute it.
import { useEffect, useState } from 'react';
import { interpreterVideoState, type InterpreterVideoState } from './interpreter-video-state';

export function useInterpreterVideoState(
  stream: MediaStream | null,
  remoteAudioOnly: boolean,
): InterpreterVideoState {
  const [state, setState] = useState(() => interpreterVideoState(stream, remoteAudioOnly));
  useEffect(() => {
    const update = () => {
      setState(interpreterVideoState(stream, remoteAudioOnly));
    };
    update();
    if (!stream) return;
    const tracks = new Set<MediaStreamTrack>();
    const watch = () => {
      for (const track of stream.getVideoTracks()) {
        if (tracks.has(track)) continue;
        tracks.add(track);
        track.addEventListener('ended', update);
      }
    };
    const changed = () => {
      watch();
      update();
    };
    watch();
    stream.addEventListener('addtrack', changed);
    stream.addEventListener('removetrack', changed);
    return () => {
      stream.removeEventListener('addtrack', changed);
      stream.removeEventListener('removetrack', changed);
      for (const track of tracks) track.removeEventListener('ended', update);
    };
  }, [stream, remoteAudioOnly]);
  return state;
}
