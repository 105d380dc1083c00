// Tells the user, politely and in words, when the local service is unreachable.
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context';

export function ConnectionNotice() {
  const { t } = useTranslation();
  const { connection } = useBridge();
  if (connection === 'open') return null;
  return (
    <p role="status" className="connection-notice">
      {connection === 'connecting' ? t('connection.connecting') : t('connection.lost')}
    </p>
  );
}

export function MissingToken() {
  const { t } = useTranslation();
  return (
    <main className="missing-token">
      <p role="alert">{t('connection.missingToken')}</p>
    </main>
  );
}
