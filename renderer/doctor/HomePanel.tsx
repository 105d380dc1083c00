// Two taps to start: pick the consultation type, press start. The family picks its own
// language on its screen, so the doctor does not have to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../shared/bridge/result';
import { consultationTypes, type ConsultationTypeId } from '../../shared/domain/consultation-types';
import { useBridge } from '../bridge/bridge-context';
import { ErrorNotice } from '../components/ErrorNotice';

export function HomePanel() {
  const { t } = useTranslation();
  const { client } = useBridge();
  const [type, setType] = useState<ConsultationTypeId | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<BridgeError | null>(null);

  const start = async () => {
    if (!type) return;
    setBusy(true);
    const result = await client.call('session.start', { consultationType: type });
    setBusy(false);
    setError(result.ok ? null : result.error);
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
      <button
        type="button"
        className="primary"
        disabled={!type || busy}
        onClick={() => void start()}
      >
        {busy ? t('home.starting') : t('home.start')}
      </button>
      <p className="hint">{t('home.startHint')}</p>
      <ErrorNotice error={error} />
    </section>
  );
}
