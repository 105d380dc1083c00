// Mounted in the family's consultation screen: the interpreter's video from the source the
// context names (see video-source.ts), or nothing when no video flows.
import { useContext, useSyncExternalStore } from 'react';
import type { BridgeClient } from '../../../shared/bridge/contract';
import { currentRemoteStream, subscribeRemoteStream } from '../remote-stream-bus';
import { InterpreterVideo } from './InterpreterVideo';
import { useFamilyMirror } from './use-family-mirror';
import { InterpreterVideoSourceContext } from './video-source';

export function FamilyInterpreterVideo(props: { bridge: BridgeClient; sessionId: string }) {
  const source = useContext(InterpreterVideoSourceContext);
  return source === 'doctor-page' ? <DoctorPageVideo /> : <MirroredVideo {...props} />;
}

function MirroredVideo({ bridge, sessionId }: { bridge: BridgeClient; sessionId: string }) {
  return <InterpreterVideo stream={useFamilyMirror(bridge, sessionId)} />;
}

function DoctorPageVideo() {
  const stream = useSyncExternalStore(subscribeRemoteStream, currentRemoteStream);
  return <InterpreterVideo stream={stream} />;
}
