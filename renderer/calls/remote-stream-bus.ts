// The doctor page's current remote MediaStream (the interpreter's audio and video), published
// by the call hook and read by whoever shows or forwards it: the family-screen mirror's
// sender, and the family view shown inside the doctor's page on a single screen. With it,
// what the family can see of it (video, the audio-only sign, nothing): the single-screen
// family view is mounted whenever the doctor hands over, often after the call's news went out
// over the bridge, so it reads the page's current state here instead. Module singletons
// because there is one call per doctor page, and they spare threading the call through
// components that do not own it.
import type { InterpreterVideoState } from './interpreter-video-state';
import { inPageValue } from './in-page-value';

const stream = inPageValue<MediaStream | null>(null);
const videoState = inPageValue<InterpreterVideoState>('none');

/** Publishes the stream (null: no call media); the undo clears it only if still current. */
export const publishRemoteStream = stream.publish;
/** Calls the listener with the current stream at once, then on every change. */
export const subscribeRemoteStream = stream.subscribe;
export const currentRemoteStream = stream.current;

/** Publishes what the family can see of the interpreter ('none' when no call). */
export const publishInterpreterVideoState = videoState.publish;
export const subscribeInterpreterVideoState = videoState.subscribe;
export const currentInterpreterVideoState = videoState.current;
