// The languages an interpreter takes calls in for one signed-in session: some of their
// account's languages, chosen on the page and kept with the session (session-tokens.ts) so a
// reload or a reconnection keeps them. The account stays the authority: a language the
// admin has since removed is dropped, and nothing left means all the account's languages.
import type { LanguageCode } from '../../shared/domain/languages';
import type { InterpreterAccount } from './accounts';
import type { Failure } from './message-router';
import type { SessionTokens } from './session-tokens';

export function languagesForSession(
  account: InterpreterAccount,
  sessions: SessionTokens,
  sessionId: string,
): LanguageCode[] {
  const chosen = sessions.languagesOf(sessionId)?.filter((l) => account.languages.includes(l));
  return chosen && chosen.length > 0 ? chosen : [...account.languages];
}

/** Checks a choice against the account; null when it is acceptable. */
export function refuseChoice(
  account: InterpreterAccount,
  languages: readonly LanguageCode[],
): Failure {
  const foreign = languages.filter((l) => !account.languages.includes(l));
  if (foreign.length > 0) {
    return {
      code: 'LANGUAGE_NOT_ON_ACCOUNT',
      message: `Not a language of this account: ${foreign.join(', ')}. Ask an administrator to add it.`,
    };
  }
  return null;
}

/** The choice without repeats, in the account's order (what the pages show). */
export function normalizeChoice(
  account: InterpreterAccount,
  languages: readonly LanguageCode[],
): LanguageCode[] {
  return account.languages.filter((l) => languages.includes(l));
}
