// A one-line recap of the consultation that just ended (the full summary is the
// consultation issue's work).
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../shared/bridge/contract';
import { consultationLabelFr } from '../../shared/domain/consultation-types';
import { languageInfo } from '../../shared/domain/languages';

export function EndedSummary(props: { session: SessionView }) {
  const { t } = useTranslation();
  const { session } = props;
  const end = Date.parse(session.endedAt ?? session.startedAt);
  const minutes = Math.max(0, Math.round((end - Date.parse(session.startedAt)) / 60_000));
  return (
    <section aria-labelledby="ended-heading" className="panel ended" role="status">
      <h2 id="ended-heading">{t('ended.heading')}</h2>
      <p>
        {t('ended.summary', {
          type: consultationLabelFr(session.consultationType),
          language: session.language
            ? languageInfo(session.language).frenchName
            : t('ended.noLanguage'),
          minutes,
        })}
      </p>
    </section>
  );
}
