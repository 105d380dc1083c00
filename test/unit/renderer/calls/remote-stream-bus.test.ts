// The doctor page's remote-stream bus: late subscribers get the current stream at once, and
// an effect's cleanup clears only the stream it published (a newer one stays).
import { describe, expect, it } from 'vitest';
import {
  currentInterpreterVideoState,
  currentRemoteStream,
  publishInterpreterVideoState,
  publishRemoteStream,
  subscribeInterpreterVideoState,
  subscribeRemoteStream,
} from '../../../../renderer/calls/remote-stream-bus';

// Node has no MediaStream; the bus only compares identities, so any object stands in.
const streamA = { id: 'a' } as unknown as MediaStream;
const streamB = { id: 'b' } as unknown as MediaStream;

describe('remote-stream-bus', () => {
  it('hands the current stream to late subscribers and follows every change', () => {
    const undoA = publishRemoteStream(streamA);
    const seen: (MediaStream | null)[] = [];
    const stop = subscribeRemoteStream((stream) => seen.push(stream));
    expect(seen).toEqual([streamA]);
    const undoB = publishRemoteStream(streamB);
    // A's cleanup runs after B was published (React runs the old effect's cleanup late):
    // it must not clear B.
    undoA();
    expect(currentRemoteStream()).toBe(streamB);
    undoB();
    expect(currentRemoteStream()).toBeNull();
    stop();
    publishRemoteStream(streamA)();
    expect(seen).toEqual([streamA, streamB, null]);
  });

  it('does not repeat an unchanged stream', () => {
    const seen: (MediaStream | null)[] = [];
    const stop = subscribeRemoteStream((stream) => seen.push(stream));
    const undo = publishRemoteStream(streamA);
    publishRemoteStream(streamA);
    undo();
    stop();
    expect(seen).toEqual([null, streamA, null]);
  });
});

describe('what the family can see, on the same bus', () => {
  it('gives a view mounted late the current state, and falls back to none after the call', () => {
    const undo = publishInterpreterVideoState('audio-only');
    const seen: string[] = [];
    const stop = subscribeInterpreterVideoState((state) => seen.push(state));
    expect(seen).toEqual(['audio-only']);
    const undoVideo = publishInterpreterVideoState('video');
    undo(); // the older state's cleanup leaves the newer one
    expect(currentInterpreterVideoState()).toBe('video');
    undoVideo();
    stop();
    expect(seen).toEqual(['audio-only', 'video', 'none']);
  });
});
