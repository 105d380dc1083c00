// The doctor's interpreter call, in the session screen: call in the family's language, see
// each step in plain French (searching, ringing, connecting, in call, reconnecting, ended),
// the phone service when nobody answers, and "call again" in one tap after a drop. During the
// call: the interpreter's video, controls, and the link quality.
import { useState } from 'react';
import type { CallContext } from '../../shared/calls/call-context';
import type { BridgeClient } from '../../shared/bridge/contract';
import type { ConsultationTypeId } from '../../shared/domain/consultation-types';
import { languageInfo, type LanguageCode } from '../../shared/domain/languages';
import { CallControls } from './CallControls';
import { DeviceSetup } from './DeviceSetup';
import { loadDeviceChoice } from './media-devices';
import { QualityIndicator } from './QualityIndicator';
import { StreamVideo } from './StreamVideo';
import { callsFr } from './strings-fr';
import { useCallQuality } from './use-call-quality';
import { useClinicCall, type ClinicCall } from './use-clinic-call';
import './calls.css';

export interface InterpreterCallPanelProps {
  bridge: BridgeClient;
  sessionId: string;
  language: LanguageCode | null;
  consultationType: ConsultationTypeId;
  context: CallContext | null;
  onPushCard: (cardId: string) => void;
}

export function InterpreterCallPanel(props: InterpreterCallPanelProps) {
  const call = useClinicCall(props);
  const [testing, setTesting] = useState(false);
  const { phase } = call.call;
  const idle = phase === 'idle' || phase === 'ended' || phase === 'unavailable';
  return (
    <section className="call-panel" aria-labelledby="call-panel-heading" data-phase={phase}>
      <h2 id="call-panel-heading">{callsFr.heading}</h2>
      <Body call={call} language={props.language} />
      {idle && call.config?.available ? (
        <>
          <button
            type="button"
            className="call-setup-toggle"
            aria-expanded={testing}
            onClick={() => {
              setTesting(!testing);
            }}
          >
            {testing ? callsFr.setup.close : callsFr.setup.open}
          </button>
          {testing ? <DeviceSetup /> : null}
        </>
      ) : null}
    </section>
  );
}

function Body({ call, language }: { call: ClinicCall; language: LanguageCode | null }) {
  const { config, hub } = call;
  const { phase, interpreterName, endReason, failure, fallback } = call.call;
  const languageName = language ? languageInfo(language).frenchName.toLowerCase() : '';
  const quality = useCallQuality(call.peer, phase === 'connected' || phase === 'reconnecting');

  if (config === null) return null;
  if (!config.available) return <p>{callsFr.unavailable[config.reason]}</p>;
  const hubNotice =
    hub === 'refused'
      ? callsFr.hub.refused
      : hub === 'reconnecting'
        ? callsFr.hub.reconnecting
        : hub === 'connecting'
          ? callsFr.hub.connecting
          : '';

  const status = (() => {
    switch (phase) {
      case 'searching':
        return callsFr.searching(languageName);
      case 'ringing':
        return callsFr.ringing(languageName);
      case 'connecting':
        return callsFr.connecting(interpreterName ?? '');
      case 'connected':
        return callsFr.connected(interpreterName ?? '');
      case 'reconnecting':
        return callsFr.reconnecting;
      case 'unavailable':
        return callsFr.noAnswer;
      case 'ended':
        return endReason ? callsFr.ended[endReason] : '';
      default:
        return '';
    }
  })();
  const inCall = phase === 'connecting' || phase === 'connected' || phase === 'reconnecting';
  const waiting = phase === 'searching' || phase === 'ringing';
  const idle = phase === 'idle' || phase === 'ended' || phase === 'unavailable';

  return (
    <>
      <p className="call-hub-notice" role="status">
        {hubNotice}
      </p>
      <p className="call-status" role="status" aria-live="polite">
        {status}
      </p>
      {failure ? (
        <p className="call-failure" role="alert">
          {callsFr.failures[failure]}
        </p>
      ) : null}
      {call.media.failure ? <p role="alert">{callsFr.media[call.media.failure]}</p> : null}
      {phase === 'unavailable' ? (
        <p className="call-fallback">
          {fallback ? callsFr.phone(fallback.phone, fallback.accessCode) : callsFr.noPhone}
        </p>
      ) : null}
      {inCall || waiting ? (
        // Shown from the request on: the doctor sees their own image while interpreters
        // ring, and the same <video> elements carry on into the call (no new player to
        // create at the moment the call connects).
        <div className="call-videos">
          <StreamVideo
            stream={inCall ? call.remoteStream : null}
            label={inCall ? callsFr.remoteVideo(interpreterName ?? '') : callsFr.remoteWaiting}
            speakerId={loadDeviceChoice().speakerId}
            className="call-remote"
          />
          {call.media.audioOnly ? null : (
            <StreamVideo
              stream={call.media.stream}
              label={callsFr.localVideo}
              muted
              className="call-local"
            />
          )}
        </div>
      ) : null}
      {inCall ? (
        <>
          {call.remoteAudioOnly ? <p>{callsFr.remoteAudioOnly}</p> : null}
          <QualityIndicator
            quality={quality}
            audioOnly={call.media.audioOnly}
            onAudioOnly={() => {
              call.setAudioOnly(true);
            }}
          />
          <CallControls media={call.media} onAudioOnly={call.setAudioOnly} onHangup={call.hangup} />
        </>
      ) : null}
      {waiting ? (
        <button type="button" onClick={call.hangup}>
          {callsFr.cancel}
        </button>
      ) : null}
      {idle ? (
        language === null ? (
          <p>{callsFr.chooseLanguageFirst}</p>
        ) : (
          <button
            type="button"
            className="call-request primary"
            disabled={hub !== 'open'}
            onClick={call.request}
          >
            {phase === 'idle' ? callsFr.call(languageName) : callsFr.callAgain(languageName)}
          </button>
        )
      ) : null}
    </>
  );
}
