// "Point to your language": large tiles with each language's name in its own script (no
// flags), each tile tagged with its lang and dir so it renders and is read out correctly.
import { useState } from 'react';
import type { SessionView } from '../../shared/bridge/contract';
import { languages, type LanguageCode } from '../../shared/domain/languages';
import { useBridge } from '../bridge/bridge-context';
import { PointingPictogram } from './pictograms';

const familyLanguages = languages.filter((language) => language.code !== 'fr');

export function LanguagePicker(props: { session: SessionView }) {
  const { client } = useBridge();
  const [failed, setFailed] = useState(false);

  const choose = async (language: LanguageCode) => {
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
