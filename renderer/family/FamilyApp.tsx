// The family's touch screen. Nothing of a previous family is ever shown: with no session
// it is a calm, wordless welcome; then "point to your language"; then the consultation in
// that language. Left untouched too long, it goes back to the welcome picture (the session
// keeps running; a touch brings the family back where it was).
import { useEffect, useState } from 'react';
import { languageInfo } from '../../shared/domain/languages';
import { useBridge } from '../bridge/bridge-context';
import { usePack, useTexts } from '../content/use-content';
import { ConsultationScreen } from './consultation/ConsultationScreen';
import { LanguagePicker } from './LanguagePicker';
import { WelcomePictogram } from './pictograms';
import { useInactivity } from './use-inactivity';
import { useLanguageFont } from './use-language-font';

function Welcome(props: { onTouch?: () => void }) {
  return (
    <main className="family family-welcome" data-testid="family-welcome">
      <h1 className="visually-hidden">Interpretable — Bienvenue — Welcome</h1>
      {props.onTouch ? (
        <button type="button" className="welcome-touch" aria-label="▶" onClick={props.onTouch}>
          <WelcomePictogram />
        </button>
      ) : (
        <WelcomePictogram />
      )}
    </main>
  );
}

export function FamilyApp() {
  const { session, screen, client, connection } = useBridge();
  const language = session?.language ? languageInfo(session.language) : null;
  const pack = usePack();
  const texts = useTexts(session?.language ?? null);
  const fontReady = useLanguageFont(language);
  const [inactivitySeconds, setInactivitySeconds] = useState(120);
  const [idle, wake] = useInactivity(inactivitySeconds, session !== null);

  // Asked again for each session and after a reconnection: an answer lost while the link was
  // down would otherwise leave the default delay in place for the whole consultation.
  useEffect(() => {
    if (connection !== 'open') return;
    void client.call('kiosk.status', {}).then((result) => {
      if (result.ok) setInactivitySeconds(result.value.inactivitySeconds);
    });
  }, [client, session?.id, connection]);

  // The whole page follows the family's language: direction for layout, lang for fonts
  // and for screen readers.
  useEffect(() => {
    document.documentElement.lang = language?.code ?? 'fr';
    document.documentElement.dir = language?.direction ?? 'ltr';
  }, [language]);

  if (!session) return <Welcome />;
  if (idle) return <Welcome onTouch={wake} />;
  if (!language) {
    return (
      <main className="family">
        <LanguagePicker session={session} />
      </main>
    );
  }
  if (pack.status === 'failed' || texts.status === 'failed') {
    // The reason (e.g. CONTENT_DAMAGED: content/pack.json does not match…) is for whoever
    // fixes the install; the family only needs to know the doctor can see it.
    const reason =
      pack.status === 'failed' ? pack.message : texts.status === 'failed' ? texts.message : '';
    return (
      <main className="family" data-testid="family-content-failed">
        <h1 className="visually-hidden" lang="fr">
          Interpretable — Contenu indisponible
        </h1>
        <p role="alert" className="family-alert" lang="fr">
          ⚠ Le contenu n&apos;a pas pu être chargé. Le médecin est prévenu.
        </p>
        <p className="family-alert-detail" lang="en" dir="ltr">
          {reason}
        </p>
      </main>
    );
  }
  const contentReady = pack.status === 'ready' && texts.status === 'ready' && fontReady;
  if (!contentReady || screen?.sessionId !== session.id) {
    return <main className="family" aria-busy="true" />;
  }
  return (
    <main className="family family-consultation" data-testid="language-chosen">
      <ConsultationScreen
        pack={pack.value}
        texts={texts.value}
        state={screen}
        consultationType={session.consultationType}
      />
    </main>
  );
}
