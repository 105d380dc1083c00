// What the family screen can show of the interpreter: their video, an audio-only sign, or
// nothing. An audio-only interpreter's stream may still hold a video track (a camera switched
// off mid-call keeps sending black frames) or none at all (joined audio-only): either way the
// family must see the sign, never an empty black box.

export type InterpreterVideoState = 'video' | 'audio-only' | 'none';

/** `stream`: the interpreter's media on the doctor's page (null: none yet or no call).
 * `remoteAudioOnly`: the interpreter said they are audio-only (data channel message). */
export function interpreterVideoState(
  stream: MediaStream | null,
  remoteAudioOnly: boolean,
): InterpreterVideoState {
  if (!stream) return 'none';
  if (remoteAudioOnly) return 'audio-only';
  const showable = stream
    .getVideoTracks()
    .some((track) => track.readyState === 'live' && track.enabled);
  return showable ? 'video' : 'audio-only';
}
