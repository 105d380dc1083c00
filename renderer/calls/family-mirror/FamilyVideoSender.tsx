// Mounted in the doctor's session screen: keeps a MirrorSender fed with the call's remote
// stream (remote-stream-bus) and the family pages' signals. Renders nothing.
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
    const stopStream = subscribeRemoteStream((stream) => {
      sender.setStream(stream);
    });
    return () => {
      stopStream();
      stopSignals();
      sender.dispose();
    };
  }, [bridge, sessionId]);
  return null;
}
