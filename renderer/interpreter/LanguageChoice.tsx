// The languages the interpreter takes calls in for this session: one native checkbox per
// language of their account (Tab and Space, announced with the group's legend), sent to the
// hub at once like the availability radios. Unticking the last one is refused here with a
// plain message: with no language, nobody could ring them.
import { useState } from 'react';
import { languageInfo, type LanguageCode } from '../../shared/domain/languages';
import { fr } from './strings-fr';

interface Props {
  /** The account's languages (the admin's list). */
  account: readonly LanguageCode[];
  /** What the hub confirmed for this session; null before it said. */
  chosen: readonly LanguageCode[] | null;
  /** Asked for and not yet confirmed. */
  pending: readonly LanguageCode[] | null;
  disabled: boolean;
  onChange: (languages: LanguageCode[]) => void;
}

export function LanguageChoice({ account, chosen, pending, disabled, onChange }: Props) {
  const [noneError, setNoneError] = useState(false);
  const selected = pending ?? chosen ?? account;
  const t = fr.connected;
  const toggle = (code: LanguageCode, on: boolean) => {
    const next = account.filter((c) => (c === code ? on : selected.includes(c)));
    if (next.length === 0) {
      setNoneError(true);
      return;
    }
    setNoneError(false);
    onChange(next);
  };
  return (
    <fieldset className="language-choice" disabled={disabled} aria-describedby="languages-hint">
      <legend>{t.languages}</legend>
      <p id="languages-hint" className="language-hint">
        {t.languagesHint}
      </p>
      <ul className="language-list">
        {account.map((code) => {
          const info = languageInfo(code);
          return (
            <li key={code}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(code)}
                  aria-invalid={noneError ? true : undefined}
                  aria-errormessage={noneError ? 'languages-error' : undefined}
                  onChange={(event) => {
                    toggle(code, event.currentTarget.checked);
                  }}
                />
                {info.frenchName}{' '}
                <span lang={code} dir={info.direction} className="native-name">
                  {info.nativeName}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p id="languages-error" className="field-error" role="alert">
        {noneError ? t.languagesNone : ''}
      </p>
      <p className="language-current" role="status" aria-live="polite">
        {pending ? t.languagesSending : chosen ? t.languagesCurrent(chosen.length) : ''}
      </p>
    </fieldset>
  );
}
