// The family's touch screen. Nothing of a previous family is ever shown: with no session
// it is a calm, wordless welcome; then "point to your language"; then a confirmation.
import { useEffect } from 'react';
import { languageInfo } from '../../shared/domain/languages';
import { useBridge } from '../bridge/bridge-context';
import { LanguagePicker } from './LanguagePicker';
import { CheckPictogram, WelcomePictogram } from './pictograms';

export function FamilyApp() {
  const { session } = useBridge();
  const language = session?.language ? languageInfo(session.language) : null;

  // The whole page follows the family's language: direction for layout, lang for fonts
  // and for screen readers.
  useEffect(() => {
    document.documentElement.lang = language?.code ?? 'fr';
    document.documentElement.dir = language?.direction ?? 'ltr';
  }, [language]);

  if (!session) {
    return (
      <main className="family family-welcome">
        <h1 className="visually-hidden">Interpretable — Bienvenue — Welcome</h1>
        <WelcomePictogram />
      </main>
    );
  }
  if (!language) {
    return (
      <main className="family">
        <LanguagePicker session={session} />
      </main>
    );
  }
  return (
    <main className="family family-chosen" data-testid="language-chosen">
      <CheckPictogram />
      <h1 className="chosen-name">{language.nativeName}</h1>
    </main>
  );
}
