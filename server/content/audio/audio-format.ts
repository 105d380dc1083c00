// How a synthetic clip is made, in one place: the engine tag goes into every clip's content hash,
// so changing the voice speed or the encoder settings renames (and so re-makes) every clip
// instead of silently mixing two encodings in one cache.
export const CLIP_EXTENSION = 'ogg';

/** espeak-ng words per minute: a little slower than its 175 default, for listeners new to the voice. */
export const SPEECH_RATE = 140;

/**
 * Ogg/Opus at 20 kbit/s tuned for speech: a 3 s sentence is ~9 KB (WAV: ~140 KB), and every
 * browser engine Electron and the web shell use decodes it natively.
 */
export const OPUS_ARGS = ['--quiet', '--bitrate', '20', '--speech'] as const;

export const AUDIO_ENGINE = `espeak-ng-1.51+opus-20k-s${String(SPEECH_RATE)}`;
