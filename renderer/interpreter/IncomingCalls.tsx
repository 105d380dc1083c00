// Requests ringing for this interpreter, each with the language, the consultation type and
// the clinic, and Accept / Decline buttons; then the call in progress with Hang up. The
// region is live so a screen reader announces a new request.
import { consultationLabelFr } from '../../shared/domain/consultation-types';
import { languageInfo } from '../../shared/domain/languages';
import type { CallsState } from './call-state';
import { fr } from './strings-fr';

interface Props {
  calls: CallsState;
  onAccept: (callId: string) => void;
  onDecline: (callId: string) => void;
  onHangup: (callId: string) => void;
}

export function IncomingCalls({ calls, onAccept, onDecline, onHangup }: Props) {
  const { current } = calls;
  return (
    <section className="calls" aria-labelledby="calls-heading">
      <h3 id="calls-heading">{fr.calls.heading}</h3>
      <div aria-live="assertive">
        {current ? (
          <div className="call-current">
            <p>{fr.calls.inCall(current.peerName)}</p>
            <button
              type="button"
              onClick={() => {
                onHangup(current.callId);
              }}
            >
              {fr.calls.hangup}
            </button>
          </div>
        ) : null}
        <ul className="call-list">
          {calls.ringing.map((call) => (
            <li key={call.callId} className="call-ringing">
              <p>
                {fr.calls.ringing(
                  languageInfo(call.language).frenchName,
                  consultationLabelFr(call.consultationType),
                  `${call.clinic.site} — ${call.clinic.room}`,
                )}
              </p>
              <button
                type="button"
                disabled={current !== null}
                onClick={() => {
                  onAccept(call.callId);
                }}
              >
                {fr.calls.accept}
              </button>
              <button
                type="button"
                onClick={() => {
                  onDecline(call.callId);
                }}
              >
                {fr.calls.decline}
              </button>
            </li>
          ))}
        </ul>
        {calls.ringing.length === 0 && !current ? <p>{fr.calls.none}</p> : null}
        {calls.notice ? <p className="call-notice">{fr.calls.notices[calls.notice]}</p> : null}
      </div>
    </section>
  );
}
