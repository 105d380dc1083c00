// Mounted in the doctor's session screen: keeps a MirrorSender fed with the call's remote
// stream (remote-stream-bus), the family pages' signals and whether the interpreter's video
// is there (calls.changed). Renders nothing.
import { useEffect } from 'react';
import type { BridgeClient } from '../../../shared/bridge/contract';
import { subscribeRemoteStream } from '../remote-stream-bus';
import { MirrorSender } from './mirror-sender';

export function FamilyVideoSender({
  bridge,
  sessionId,
}: {
  bridge: BridgeClient;
  sessionId: string;
}) {
  useEffect(() => {
    const sender = new MirrorSender(bridge, sessionId);
    const stopSignals = bridge.on('calls.mirrorForDoctor', (event) => {
      sender.handle(event);
    });
    // This page's own calls.setState comes back here: audio-only stops the mirror.
    const stopChanged = bridge.on('calls.changed', (event) => {
      if (event.sessionId === sessionId) sender.setVideoWanted(event.interpreterVideo !== false);
    });
    const stopStream = subscribeRemoteStream((stream) => {
      sender.setStream(stream);
    });
    return () => {
      stopStream();
      stopChanged();
      stopSignals();
      sender.dispose();
    };
  }, [bridge, sessionId]);
  return null;
}
