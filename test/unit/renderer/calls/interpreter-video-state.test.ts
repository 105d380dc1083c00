// The family screen shows the interpreter's video only when a live, enabled video track is
// there and the interpreter is not audio-only; otherwise the audio-only sign (never a black
// box), or nothing without media.
import { describe, expect, it } from 'vitest';
import { interpreterVideoState } from '../../../../renderer/calls/interpreter-video-state';

function track(overrides: Partial<MediaStreamTrack> = {}): MediaStreamTrack {
  return { kind: 'video', readyState: 'live', enabled: true, ...overrides } as MediaStreamTrack;
}

function stream(videoTracks: MediaStreamTrack[]): MediaStream {
  return { getVideoTracks: () => videoTracks } as unknown as MediaStream;
}

describe('interpreterVideoState', () => {
  it('is none without a stream, whatever the interpreter said', () => {
    expect(interpreterVideoState(null, false)).toBe('none');
    expect(interpreterVideoState(null, true)).toBe('none');
  });

  it('is video with a live, enabled video track and no audio-only', () => {
    expect(interpreterVideoState(stream([track()]), false)).toBe('video');
  });

  it('is audio-only when the interpreter says so, even if their track still sends', () => {
    expect(interpreterVideoState(stream([track()]), true)).toBe('audio-only');
  });

  it('is audio-only when no video track can show (joined audio-only, ended or disabled)', () => {
    expect(interpreterVideoState(stream([]), false)).toBe('audio-only');
    expect(interpreterVideoState(stream([track({ readyState: 'ended' })]), false)).toBe(
      'audio-only',
    );
    expect(interpreterVideoState(stream([track({ enabled: false })]), false)).toBe('audio-only');
  });

  it('is video when any one video track can show', () => {
    expect(interpreterVideoState(stream([track({ readyState: 'ended' }), track()]), false)).toBe(
      'video',
    );
  });
});
