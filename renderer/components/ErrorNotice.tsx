// A bridge error as the doctor sees it: a human sentence and the stable code for support.
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../shared/bridge/result';

export function ErrorNotice(props: { error: BridgeError | null }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-notice" hidden={!props.error}>
      {props.error && (
        <>
          <strong>{t('error.title')} :</strong> {props.error.message}{' '}
          <span className="error-code">{t('error.code', { code: props.error.code })}</span>
        </>
      )}
    </div>
  );
}
