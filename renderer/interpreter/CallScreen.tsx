// The interpreter's call: the clinic's video and their own, the controls, the link quality,
// and beside them the consultation's shared context and the phrasebook to push from. On a
// laptop the two columns sit side by side; on a tablet in portrait they stack (CSS).
import { consultationLabelFr } from '../../shared/domain/consultation-types';
import { languageInfo } from '../../shared/domain/languages';
import { CallControls } from '../calls/CallControls';
import { QualityIndicator } from '../calls/QualityIndicator';
import { StreamVideo } from '../calls/StreamVideo';
import { useCallQuality } from '../calls/use-call-quality';
import type { CallsState } from './call-state';
import { ContextView } from './ContextView';
import { Phrasebook } from './Phrasebook';
import { fr } from './strings-fr';
import type { InterpreterCall } from './use-interpreter-call';
import '../calls/calls.css';

interface Props {
  current: NonNullable<CallsState['current']>;
  call: InterpreterCall;
  onHangup: () => void;
}

export function CallScreen({ current, call, onHangup }: Props) {
  const t = fr.call;
  const quality = useCallQuality(
    call.peer,
    call.link === 'connected' || call.link === 'reconnecting',
  );
  const language = current.language ? languageInfo(current.language).frenchName : '';
  const consultation = current.consultationType
    ? consultationLabelFr(current.consultationType)
    : '';
  const status =
    call.link === 'reconnecting' ? t.reconnecting : call.link === 'connecting' ? t.connecting : '';
  return (
    <div className="call-screen">
      <div className="call-screen-media">
        <p className="call-with">{fr.calls.inCall(current.peerName)}</p>
        {language ? <p className="call-about">{t.about(language, consultation)}</p> : null}
        <p role="status" aria-live="polite" className="call-link-status">
          {status}
        </p>
        {call.failure ? <p role="alert">{t.failed[call.failure]}</p> : null}
        <div className="call-videos">
          <StreamVideo
            stream={call.remoteStream}
            label={t.remoteVideo(current.peerName)}
            className="call-remote"
          />
          {call.media.audioOnly ? null : (
            <StreamVideo
              stream={call.media.stream}
              label={t.localVideo}
              muted
              className="call-local"
            />
          )}
        </div>
        {call.remoteAudioOnly ? <p>{t.remoteAudioOnly}</p> : null}
        <QualityIndicator
          quality={quality}
          audioOnly={call.media.audioOnly}
          onAudioOnly={() => {
            call.setAudioOnly(true);
          }}
        />
        <CallControls media={call.media} onAudioOnly={call.setAudioOnly} onHangup={onHangup} />
      </div>
      <section className="call-screen-context" aria-labelledby="context-heading">
        <h3 id="context-heading">{t.context}</h3>
        <ContextView context={call.context} />
        {call.context ? <Phrasebook context={call.context} onPush={call.pushCard} /> : null}
      </section>
    </div>
  );
}
