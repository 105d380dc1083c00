// Whether the family screen should show the audio-only sign: the call is live and the
// doctor's page said the interpreter's video is not there (the call's state, followed from
// the moment the page opens: follow-call-state.ts). Absent means not known yet, which keeps
// the video box's usual behaviour.
import { useEffect, useState } from 'react';
import type { BridgeClient } from '../../../shared/bridge/contract';
import { followCallState } from '../follow-call-state';
import { livePhases } from './use-family-mirror';

export function useInterpreterAudioOnly(bridge: BridgeClient, sessionId: string): boolean {
  const [audioOnly, setAudioOnly] = useState(false);
  useEffect(
    () =>
      followCallState(bridge, (state) => {
        if (state.sessionId !== sessionId) return;
        setAudioOnly(livePhases.has(state.phase) && state.interpreterVideo === false);
      }),
    [bridge, sessionId],
  );
  return audioOnly;
}
