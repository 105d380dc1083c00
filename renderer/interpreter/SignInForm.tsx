// Sign-in with login and password. Errors go to a live region that is always in the page
// (so they are announced), and focus returns to the field to correct.
import { useRef, useState, type SubmitEvent } from 'react';
import type { SignInResponse } from '../../shared/hub/http-api';
import { signIn } from './hub-api';
import { errorText, fr } from './strings-fr';

interface Props {
  /** Shown above the form, e.g. after the session ended. */
  notice: string | null;
  onSignedIn: (session: SignInResponse) => void;
}

export function SignInForm({ notice, onSignedIn }: Props) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const login = loginRef.current?.value.trim() ?? '';
    const password = passwordRef.current?.value ?? '';
    if (!login || !password) {
      setError(fr.signIn.missingFields);
      (login ? passwordRef : loginRef).current?.focus();
      return;
    }
    setBusy(true);
    setError('');
    const result = await signIn({ login, password });
    setBusy(false);
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    setError(errorText(result.error.code));
    if (passwordRef.current) {
      passwordRef.current.value = '';
      passwordRef.current.focus();
    }
  }

  return (
    <form className="sign-in" noValidate onSubmit={(event) => void submit(event)}>
      <p>{fr.signIn.intro}</p>
      {notice ? <p className="notice">{notice}</p> : null}
      <label htmlFor="login">{fr.signIn.login}</label>
      <input
        id="login"
        name="login"
        ref={loginRef}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        aria-invalid={error !== '' ? true : undefined}
        aria-describedby="sign-in-error"
      />
      <label htmlFor="password">{fr.signIn.password}</label>
      <input
        id="password"
        name="password"
        type="password"
        ref={passwordRef}
        autoComplete="current-password"
        aria-invalid={error !== '' ? true : undefined}
        aria-describedby="sign-in-error"
      />
      <p id="sign-in-error" className="form-error" role="alert" aria-live="assertive">
        {error}
      </p>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? fr.signIn.submitting : fr.signIn.submit}
      </button>
    </form>
  );
}
