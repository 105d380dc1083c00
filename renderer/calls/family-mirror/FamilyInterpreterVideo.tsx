// Mounted in the family's consultation screen: the interpreter's video from the source the
// context names (see video-source.ts), the audio-only sign while the interpreter has no video
// (never a black box), or nothing when no call media flows.
import { useContext, useSyncExternalStore } from 'react';
import type { BridgeClient } from '../../../shared/bridge/contract';
import type { CardViewModel } from '../../content/card-view-model';
import { uiCards } from '../../family/consultation/family-labels';
import {
  currentInterpreterVideoState,
  currentRemoteStream,
  subscribeInterpreterVideoState,
  subscribeRemoteStream,
} from '../remote-stream-bus';
import { InterpreterAudioOnly } from './InterpreterAudioOnly';
import { InterpreterVideo } from './InterpreterVideo';
import { useFamilyMirror } from './use-family-mirror';
import { useInterpreterAudioOnly } from './use-interpreter-audio-only';
import { InterpreterVideoSourceContext } from './video-source';

interface Props {
  bridge: BridgeClient;
  sessionId: string;
  /** The family's cards in their language (the sign's pictogram and label). */
  card: (id: string) => CardViewModel;
}

export function FamilyInterpreterVideo({ bridge, sessionId, card }: Props) {
  const source = useContext(InterpreterVideoSourceContext);
  // Its own window hears the doctor's page over the bridge (calls.changed); inside the
  // doctor's page (one screen) the page's own current state is read, so a view shown after
  // the interpreter went audio-only knows it at once.
  const mirroredAudioOnly = useInterpreterAudioOnly(bridge, sessionId);
  const pageState = useSyncExternalStore(
    subscribeInterpreterVideoState,
    currentInterpreterVideoState,
  );
  const audioOnly = source === 'doctor-page' ? pageState === 'audio-only' : mirroredAudioOnly;
  // The video source stays mounted while audio-only: the mirror keeps its heartbeats (the
  // doctor's page offers again as soon as the video is back), it only shows nothing.
  return (
    <>
      {audioOnly ? <InterpreterAudioOnly card={card(uiCards.interpreterVoiceOnly)} /> : null}
      {source === 'doctor-page' ? (
        <DoctorPageVideo hidden={audioOnly} />
      ) : (
        <MirroredVideo bridge={bridge} sessionId={sessionId} hidden={audioOnly} />
      )}
    </>
  );
}

function MirroredVideo(props: { bridge: BridgeClient; sessionId: string; hidden: boolean }) {
  const stream = useFamilyMirror(props.bridge, props.sessionId);
  return <InterpreterVideo stream={props.hidden ? null : stream} />;
}

function DoctorPageVideo({ hidden }: { hidden: boolean }) {
  const stream = useSyncExternalStore(subscribeRemoteStream, currentRemoteStream);
  // On one screen this is the whole call stream: audio-only, a <video> would be a black box.
  return <InterpreterVideo stream={hidden ? null : stream} />;
}
