// The running consultation as the doctor follows it: type, the language the family chose
// (in French), and an end button that asks once for confirmation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../shared/bridge/contract';
import type { BridgeError } from '../../shared/bridge/result';
import { consultationLabelFr } from '../../shared/domain/consultation-types';
import { languageInfo } from '../../shared/domain/languages';
import { useBridge } from '../bridge/bridge-context';
import { ErrorNotice } from '../components/ErrorNotice';

const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

export function SessionPanel(props: { session: SessionView }) {
  const { t } = useTranslation();
  const { client } = useBridge();
  const { session } = props;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<BridgeError | null>(null);

  const end = async () => {
    const result = await client.call('session.end', { sessionId: session.id });
    setError(result.ok ? null : result.error);
    setConfirming(false);
  };

  return (
    <section aria-labelledby="session-heading" className="panel">
      <h1 id="session-heading">{t('session.heading')}</h1>
      <dl className="facts">
        <dt>{t('session.type')}</dt>
        <dd>{consultationLabelFr(session.consultationType)}</dd>
        <dt>{t('session.startedAt')}</dt>
        <dd>{time.format(new Date(session.startedAt))}</dd>
        <dt>{t('session.language')}</dt>
        <dd aria-live="polite" data-testid="family-language">
          {session.language
            ? languageInfo(session.language).frenchName
            : t('session.waitingLanguage')}
        </dd>
      </dl>
      <div className="actions">
        {confirming ? (
          <>
            <button type="button" className="danger" onClick={() => void end()}>
              {t('session.confirmEnd')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('session.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('session.end')}
          </button>
        )}
      </div>
      <ErrorNotice error={error} />
    </section>
  );
}
