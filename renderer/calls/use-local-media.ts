// The camera and microphone during a call: opened with the remembered choice, muted or
// hidden by disabling tracks (no renegotiation, so it is instant and cannot fail), stopped
// when the call ends so the camera light goes off.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  constraintsFor,
  loadDeviceChoice,
  mediaFailureOf,
  type MediaFailure,
} from './media-devices';

export interface LocalMedia {
  stream: MediaStream | null;
  failure: MediaFailure | null;
  muted: boolean;
  cameraOff: boolean;
  audioOnly: boolean;
  open: () => Promise<MediaStream | null>;
  stop: () => void;
  setMuted: (muted: boolean) => void;
  setCameraOff: (off: boolean) => void;
  setAudioOnly: (on: boolean) => void;
}

export function useLocalMedia(): LocalMedia {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [failure, setFailure] = useState<MediaFailure | null>(null);
  const [muted, setMutedState] = useState(false);
  const [cameraOff, setCameraOffState] = useState(false);
  const [audioOnly, setAudioOnlyState] = useState(false);
  const streamRef = useRef<MediaStream | null>(null);
  // One getUserMedia at a time: the accept button and the call set-up may both ask.
  const opening = useRef<Promise<MediaStream | null> | null>(null);

  const stop = useCallback(() => {
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    opening.current = null;
    setStream(null);
  }, []);

  const open = useCallback(() => {
    if (streamRef.current) return Promise.resolve(streamRef.current);
    if (opening.current) return opening.current;
    const choice = loadDeviceChoice();
    const pending = navigator.mediaDevices.getUserMedia(constraintsFor(choice)).then(
      (opened) => {
        if (opening.current !== pending) {
          for (const track of opened.getTracks()) track.stop(); // stopped meanwhile
          return null;
        }
        streamRef.current = opened;
        setStream(opened);
        setFailure(null);
        setMutedState(false);
        setCameraOffState(false);
        setAudioOnlyState(choice.audioOnly);
        return opened;
      },
      (error: unknown) => {
        if (opening.current === pending) opening.current = null;
        setFailure(mediaFailureOf(error));
        return null;
      },
    );
    opening.current = pending;
    return pending;
  }, []);

  useEffect(() => stop, [stop]);

  const enableVideo = (enabled: boolean) => {
    for (const track of streamRef.current?.getVideoTracks() ?? []) track.enabled = enabled;
  };

  return {
    stream,
    failure,
    muted,
    cameraOff,
    audioOnly,
    open,
    stop,
    setMuted: (next) => {
      for (const track of streamRef.current?.getAudioTracks() ?? []) track.enabled = !next;
      setMutedState(next);
    },
    setCameraOff: (off) => {
      enableVideo(!off && !audioOnly);
      setCameraOffState(off);
    },
    setAudioOnly: (on) => {
      enableVideo(!on && !cameraOff);
      setAudioOnlyState(on);
    },
  };
}
