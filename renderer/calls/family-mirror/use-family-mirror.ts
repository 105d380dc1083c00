// The family page's end of the mirror, as a hook: announces the page (heartbeats), answers
// offers, and returns the interpreter's video stream while it flows (null otherwise).
import { useEffect, useState } from 'react';
import {
  MIRROR_HEARTBEAT_MS,
  type CallPhase,
  type FamilyMirrorSignal,
} from '../../../shared/bridge/calls-contract';
import type { BridgeClient } from '../../../shared/bridge/contract';
import { MirrorReceiver } from './mirror-receiver';

/** Phases in which the interpreter's video may be on screen. */
export const livePhases: ReadonlySet<CallPhase> = new Set<CallPhase>([
  'connecting',
  'connected',
  'reconnecting',
]);

export function useFamilyMirror(bridge: BridgeClient, sessionId: string): MediaStream | null {
  const [stream, setStream] = useState<MediaStream | null>(null);
  useEffect(() => {
    // A new id per mount: a reloaded page is a new screen, and the doctor's page re-offers.
    const screenId = crypto.randomUUID();
    const send = (signal: FamilyMirrorSignal) => {
      // Failures are ignored on purpose: the next heartbeat or offer tries again.
      void bridge.call('calls.mirrorToDoctor', { sessionId, screenId, signal });
    };
    const receiver = new MirrorReceiver({ sessionId, screenId, send, onStream: setStream });
    const stopMirror = bridge.on('calls.mirrorForFamily', (event) => {
      receiver.handle(event);
    });
    // The call ended: hide the video at once, without waiting for the doctor page's `close`.
    const stopPhase = bridge.on('calls.changed', (event) => {
      if (event.sessionId === sessionId && !livePhases.has(event.phase)) receiver.drop();
    });
    send({ type: 'ready' });
    const heartbeat = setInterval(() => {
      send({ type: 'ready' });
    }, MIRROR_HEARTBEAT_MS);
    // A reload or a closed window runs no React cleanup: say bye here, so the doctor's page
    // moves to the reloaded page at once rather than when this one's heartbeats expire.
    const leaving = () => {
      send({ type: 'bye' });
    };
    window.addEventListener('pagehide', leaving);
    return () => {
      window.removeEventListener('pagehide', leaving);
      clearInterval(heartbeat);
      stopMirror();
      stopPhase();
      send({ type: 'bye' });
      receiver.drop();
    };
  }, [bridge, sessionId]);
  return stream;
}
