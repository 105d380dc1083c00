// Whether the family screen should show the audio-only sign: the call is live and the
// doctor's page said the interpreter's video is not there (calls.changed). Absent means not
// known yet, which keeps the video box's usual behaviour.
import { useEffect, useState } from 'react';
import type { BridgeClient } from '../../../shared/bridge/contract';
import { livePhases } from './use-family-mirror';

export function useInterpreterAudioOnly(bridge: BridgeClient, sessionId: string): boolean {
  const [audioOnly, setAudioOnly] = useState(false);
  useEffect(
    () =>
      bridge.on('calls.changed', (event) => {
        if (event.sessionId !== sessionId) return;
        setAudioOnly(livePhases.has(event.phase) && event.interpreterVideo === false);
      }),
    [bridge, sessionId],
  );
  return audioOnly;
}
