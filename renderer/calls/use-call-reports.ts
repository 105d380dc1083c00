// What the clinic's call tells the local service over the bridge: the family screen's view of
// the call (its badge, its video box) and the session log's entries. Apart from the call's
// own hook (use-clinic-call.ts), which drives the hub link and WebRTC.
import { useEffect, useRef } from 'react';
import type { CallPhase } from '../../shared/bridge/calls-contract';
import type { BridgeClient } from '../../shared/bridge/contract';
import type { ClinicCallState } from './clinic-call-state';
import type { InterpreterVideoState } from './interpreter-video-state';

/** The family screen follows the call: its badge the phase, its video box whether the
 * interpreter's video is there (unknown, so absent, until their media arrives). */
export function useSharedCallState(
  bridge: BridgeClient,
  sessionId: string,
  phase: CallPhase,
  videoState: InterpreterVideoState,
): void {
  // Nothing to say before the first call: the family screen starts idle too.
  const sent = useRef<{ phase: CallPhase; videoState: InterpreterVideoState }>({
    phase: 'idle',
    videoState: 'none',
  });
  useEffect(() => {
    const last = sent.current;
    if (last.phase === phase && last.videoState === videoState) return;
    sent.current = { phase, videoState };
    void bridge.call('calls.setState', {
      sessionId,
      phase,
      ...(videoState === 'none' ? {} : { interpreterVideo: videoState === 'video' }),
    });
  }, [bridge, sessionId, phase, videoState]);
}

/** Session log entries follow the call's phase. */
export function useCallRecording(
  bridge: BridgeClient,
  sessionId: string,
  call: ClinicCallState,
): void {
  const { phase, callId, connectedAt, endReason } = call;
  const recorded = useRef<{ phase: string; connected: boolean }>({
    phase: 'idle',
    connected: false,
  });
  useEffect(() => {
    const seen = recorded.current;
    if (seen.phase === phase) return;
    seen.phase = phase;
    if (phase === 'searching') {
      seen.connected = false;
      void bridge.call('calls.record', { sessionId, event: 'requested' });
    } else if (phase === 'connected' && !seen.connected && callId !== null) {
      seen.connected = true;
      void bridge.call('calls.record', { sessionId, event: 'connected', callId });
    } else if (phase === 'ended' || phase === 'unavailable') {
      const seconds = connectedAt === null ? 0 : (performance.now() - connectedAt) / 1000;
      void bridge.call('calls.record', {
        sessionId,
        event: 'ended',
        callId,
        durationSeconds: Math.round(seconds),
        endReason: phase === 'unavailable' ? 'unavailable' : (endReason ?? 'hangup'),
      });
    }
  }, [bridge, sessionId, phase, callId, connectedAt, endReason]);
}
