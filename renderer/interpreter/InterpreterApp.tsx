// The interpreter page: the sign-in form until a session exists, then the connected screen.
// When the hub ends the session (expiry, sign-out elsewhere, hub restart) the page returns to
// the form and says why.
import { useCallback, useState } from 'react';
import type { SignInResponse } from '../../shared/hub/http-api';
import { ConnectedScreen } from './ConnectedScreen';
import { signOut } from './hub-api';
import { forgetSession, loadSession, saveSession, type SavedSession } from './saved-session';
import { SignInForm } from './SignInForm';
import { fr } from './strings-fr';
import { useHubLink } from './use-hub-link';

function SignedIn({
  session,
  onEnded,
}: {
  session: SavedSession;
  onEnded: (notice: string | null) => void;
}) {
  const sessionEnded = useCallback(() => {
    onEnded(fr.signIn.sessionEnded);
  }, [onEnded]);
  const link = useHubLink(session.token, sessionEnded);
  return (
    <ConnectedScreen
      link={link}
      token={session.token}
      onSignOut={() => {
        void signOut(session.token);
        onEnded(null);
      }}
    />
  );
}

export function InterpreterApp() {
  const [session, setSession] = useState<SavedSession | null>(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);

  const signedIn = (next: SignInResponse) => {
    saveSession(next);
    setNotice(null);
    setSession(next);
  };
  const ended = useCallback((why: string | null) => {
    forgetSession();
    setNotice(why);
    setSession(null);
  }, []);

  return (
    <main className="interpreter">
      <h1>{fr.title}</h1>
      {session ? (
        <SignedIn key={session.token} session={session} onEnded={ended} />
      ) : (
        <SignInForm notice={notice} onSignedIn={signedIn} />
      )}
    </main>
  );
}
