// What a signed-in interpreter sees: who they are, the languages they take calls in this
// session, their availability, and whether the page is currently connected to the hub.
import { useEffect, useRef } from 'react';
import { CallHistory } from './CallHistory';
import { ConnectionBanner } from './ConnectionBanner';
import { IncomingCalls } from './IncomingCalls';
import { LanguageChoice } from './LanguageChoice';
import { PresenceToggle } from './PresenceToggle';
import { errorText, fr } from './strings-fr';
import type { HubLink } from './use-hub-link';
import { useInterpreterCall } from './use-interpreter-call';

interface Props {
  link: HubLink;
  token: string;
  onSignOut: () => void;
}

export function ConnectedScreen({ link, token, onSignOut }: Props) {
  const { profile } = link;
  const call = useInterpreterCall(link);
  const hasProfile = profile !== null;
  const greetingRef = useRef<HTMLHeadingElement>(null);
  // The sign-in form that had focus is gone: move focus to the new screen's heading.
  useEffect(() => {
    if (hasProfile) greetingRef.current?.focus();
  }, [hasProfile]);
  return (
    <>
      <ConnectionBanner state={link.state} />
      {profile ? (
        <>
          <h2 className="greeting" ref={greetingRef} tabIndex={-1}>
            {fr.connected.greeting(profile.displayName)}
          </h2>
          <LanguageChoice
            account={profile.languages}
            chosen={link.languages}
            pending={link.pendingLanguages}
            disabled={link.state !== 'open'}
            onChange={link.chooseLanguages}
          />
          <PresenceToggle
            selected={link.pending ?? link.status}
            confirmed={link.status}
            disabled={link.state !== 'open'}
            onChange={link.setPresence}
          />
          <IncomingCalls
            calls={link.calls}
            call={call}
            onAccept={call.accept}
            onDecline={link.decline}
            onHangup={link.hangup}
          />
          <CallHistory token={token} inCall={link.calls.current !== null} />
        </>
      ) : null}
      <p className="link-error" role="alert">
        {link.error ? errorText(link.error) : ''}
      </p>
      <button type="button" className="sign-out" onClick={onSignOut}>
        {fr.connected.signOut}
      </button>
    </>
  );
}
