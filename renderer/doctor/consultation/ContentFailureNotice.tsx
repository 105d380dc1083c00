// Tells the doctor that a content file is damaged or missing: the family's screen then shows
// an alert ("the doctor is told") instead of the questions, and the doctor's own screens may
// lack the flows. The reason keeps its stable code (CONTENT_DAMAGED) for support.
import { useTranslation } from 'react-i18next';

export function ContentFailureNotice(props: { failure: string | null }) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      className="error-notice panel"
      data-testid="content-failure"
      hidden={!props.failure}
    >
      {props.failure && (
        <>
          <strong>{t('content.failedTitle')}</strong> {t('content.failedWhat')}{' '}
          <span className="error-code" lang="en">
            {props.failure}
          </span>
        </>
      )}
    </div>
  );
}
