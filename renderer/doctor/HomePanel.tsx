// Two taps to start: pick the consultation type, press start. The family picks its own
// language on its screen, so the doctor does not have to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../shared/bridge/result';
import { consultationTypes, type ConsultationTypeId } from '../../shared/domain/consultation-types';
import { languages, type LanguageCode } from '../../shared/domain/languages';
import { useBridge } from '../bridge/bridge-context';
import { ErrorNotice } from '../components/ErrorNotice';

export function HomePanel() {
  const { t } = useTranslation();
  const { client } = useBridge();
  const [type, setType] = useState<ConsultationTypeId | null>(null);
  const [language, setLanguage] = useState<LanguageCode | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<BridgeError | null>(null);

  const start = async () => {
    if (!type) return;
    setBusy(true);
    const result = await client.call('session.start', { consultationType: type });
    // Optional: when the doctor already knows the language, the family skips the picker.
    const chosen =
      result.ok && language !== ''
        ? await client.call('session.chooseLanguage', { sessionId: result.value.id, language })
        : result;
    setBusy(false);
    setError(chosen.ok ? null : chosen.error);
  };

  return (
    <section aria-labelledby="home-heading" className="panel">
      <h1 id="home-heading">{t('home.heading')}</h1>
      <fieldset className="type-grid">
        <legend>{t('home.chooseType')}</legend>
        {consultationTypes.map((option) => (
          <label key={option.id} className="type-tile" data-selected={type === option.id}>
            <input
              type="radio"
              name="consultation-type"
              value={option.id}
              checked={type === option.id}
              onChange={() => {
                setType(option.id);
              }}
            />
            {option.labelFr}
          </label>
        ))}
      </fieldset>
      <label className="language-select">
        Langue de la famille (facultatif)
        <select
          value={language}
          data-testid="doctor-language"
          onChange={(event) => {
            setLanguage(event.target.value as LanguageCode | '');
          }}
        >
          <option value="">La famille choisira sur son écran</option>
          {/* French is offered here (a family that reads French still gets pictograms and
              sound); the family's own picker lists only the other languages. */}
          {languages.map((option) => (
            <option key={option.code} value={option.code}>
              {option.frenchName}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="primary"
        disabled={!type || busy}
        onClick={() => void start()}
      >
        {busy ? t('home.starting') : t('home.start')}
      </button>
      <p className="hint">{language === '' ? t('home.startHint') : ''}</p>
      <ErrorNotice error={error} />
    </section>
  );
}
