// "Point to your language": large tiles with each language's name in its own script (no
// flags), each tile tagged with its lang and dir so it renders and is read out correctly.
// Touching a tile also says the greeting in that language, where it has a voice: a family
// that cannot read hears its own language answer back.
import { useEffect, useState } from 'react';
import type { SessionView } from '../../shared/bridge/contract';
import { languages, type LanguageCode } from '../../shared/domain/languages';
import { useBridge } from '../bridge/bridge-context';
import { loadPack } from '../content/load-content';
import { familyClipPlayer } from './audio/clip-player';
import { clipUrl } from './audio/clip-url';
import { PointingPictogram } from './pictograms';

// French comes last: a family that reads some French still gets pictograms and sound, but the
// tiles are for the languages the app exists for.
const familyLanguages = [
  ...languages.filter((language) => language.code !== 'fr'),
  ...languages.filter((language) => language.code === 'fr'),
];

export function LanguagePicker(props: { session: SessionView }) {
  const { client } = useBridge();
  const [failed, setFailed] = useState(false);
  const greetings = useGreetingClips();

  const choose = async (language: LanguageCode) => {
    // The shared player keeps talking after the picker gives way to the next screen.
    const greeting = greetings.get(language);
    if (greeting) familyClipPlayer().play(greeting);
    const result = await client.call('session.chooseLanguage', {
      sessionId: props.session.id,
      language,
    });
    setFailed(!result.ok);
  };

  return (
    <section className="language-picker" aria-labelledby="language-picker-heading">
      <div className="picker-heading">
        <PointingPictogram />
        {/* Read out by screen readers; the family sees the pointing hand. */}
        <h1 id="language-picker-heading" className="visually-hidden">
          Choisissez votre langue — Choose your language — اختر لغتك
        </h1>
      </div>
      <ul className="language-grid">
        {familyLanguages.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="language-tile"
              lang={language.code}
              dir={language.direction}
              data-greeting={greetings.has(language.code) ? 'audio' : 'none'}
              onClick={() => void choose(language.code)}
            >
              <span className="native-name">{language.nativeName}</span>
              <span className="french-name" lang="fr" dir="ltr">
                {language.frenchName}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" className="family-alert" lang="fr">
          ⚠ Le choix n&apos;a pas été enregistré. Le médecin est prévenu.
        </p>
      )}
    </section>
  );
}

/** Each language's greeting clip URL, once the content bundle has loaded (none before, or if
 * it cannot load: the tiles work without sound). */
function useGreetingClips(): ReadonlyMap<string, string> {
  const [clips, setClips] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    loadPack()
      .then((pack) => {
        const entries = pack.languages.flatMap((language) => {
          const url = clipUrl(language.greeting.audio, document.baseURI);
          return url ? [[language.code, url] as const] : [];
        });
        if (live) setClips(new Map(entries));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return clips;
}
