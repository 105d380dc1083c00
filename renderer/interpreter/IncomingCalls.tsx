// Requests ringing for this interpreter, each with the language, the consultation type and
// the clinic, and Accept / Decline buttons; it rings (WebAudio) and pulses while anything is
// ringing, with the interpreter's own camera preview (they see how they will appear before
// accepting). Then the call in progress (CallScreen). The region is live so a screen reader
// announces a new request.
import { startTransition, useEffect, useState } from 'react';
import { consultationLabelFr } from '../../shared/domain/consultation-types';
import { languageInfo } from '../../shared/domain/languages';
import type { CallsState } from './call-state';
import { StreamVideo } from '../calls/StreamVideo';
import { CallScreen } from './CallScreen';
import { startRinging } from './ring-tone';
import { fr } from './strings-fr';
import type { InterpreterCall } from './use-interpreter-call';

interface Props {
  calls: CallsState;
  call: InterpreterCall;
  onAccept: (callId: string) => void;
  onDecline: (callId: string) => void;
  onHangup: (callId: string) => void;
}

export function IncomingCalls({ calls, call, onAccept, onDecline, onHangup }: Props) {
  const { current } = calls;
  const ringing = calls.ringing.length > 0 && current === null;
  // The ring stops at the click, not when the hub confirms: silence is the first answer, and
  // closing the audio then costs the call's set-up nothing (the page waits for the hub).
  const [accepted, setAccepted] = useState<string | null>(null);
  const accepting = calls.ringing.some((ring) => ring.callId === accepted);
  const sounding = ringing && !accepting;
  useEffect(() => (sounding ? startRinging() : undefined), [sounding]);
  return (
    <section className="calls" aria-labelledby="calls-heading">
      <h3 id="calls-heading">{fr.calls.heading}</h3>
      {current ? (
        <CallScreen
          current={current}
          call={call}
          onHangup={() => {
            onHangup(current.callId);
          }}
        />
      ) : null}
      <div aria-live="assertive">
        <ul className="call-list">
          {calls.ringing.map((ring) => (
            <li key={ring.callId} className={`call-ringing${sounding ? ' is-ringing' : ''}`}>
              <p className="call-incoming">
                {ring.callId === accepted ? fr.calls.accepting : fr.calls.incoming}
              </p>
              <p>
                {fr.calls.ringing(
                  languageInfo(ring.language).frenchName,
                  consultationLabelFr(ring.consultationType),
                  `${ring.clinic.site} — ${ring.clinic.room}`,
                )}
              </p>
              <button
                type="button"
                className="primary"
                disabled={current !== null}
                onClick={() => {
                  onAccept(ring.callId);
                  // A transition: the hub's answer (call.connected, a few ms away) must not
                  // wait behind this render; the ring stops when it commits.
                  startTransition(() => {
                    setAccepted(ring.callId);
                  });
                }}
              >
                {fr.calls.accept}
              </button>
              <button
                type="button"
                onClick={() => {
                  onDecline(ring.callId);
                }}
              >
                {fr.calls.decline}
              </button>
            </li>
          ))}
        </ul>
        {ringing && call.media.stream && !call.media.audioOnly ? (
          <StreamVideo
            stream={call.media.stream}
            label={fr.calls.preview}
            muted
            className="ringing-preview"
          />
        ) : null}
        {calls.ringing.length === 0 && !current ? <p>{fr.calls.none}</p> : null}
        {calls.notice ? <p className="call-notice">{fr.calls.notices[calls.notice]}</p> : null}
      </div>
    </section>
  );
}
