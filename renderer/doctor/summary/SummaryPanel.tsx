// After the consultation: the French summary to paste into the medical record (one button
// copies it) and the bilingual take-home sheet to print.
import { useEffect, useState } from 'react';
import type { SessionView } from '../../../shared/bridge/contract';
import type { ConsultationState } from '../../../shared/consultation/state';
import { languageInfo } from '../../../shared/domain/languages';
import { useBridge } from '../../bridge/bridge-context';
import { useDoctorContent } from '../consultation/use-doctor-content';
import { buildSummary } from './build-summary';
import { summaryText } from './summary-text';
import { TakeHomeSheet } from './TakeHomeSheet';

export function SummaryPanel(props: { session: SessionView; onClose: () => void }) {
  const { client } = useBridge();
  const { session } = props;
  const content = useDoctorContent(session.language);
  const [state, setState] = useState<ConsultationState | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    void client.call('consultation.get', { sessionId: session.id }).then((result) => {
      if (result.ok) setState(result.value);
      else setFailed(result.error.message);
    });
  }, [client, session.id]);

  if (failed) return <p role="alert">Le résumé n’a pas pu être chargé : {failed}</p>;
  if (!state || !content) return <p aria-busy="true">Préparation du résumé…</p>;
  const summary = buildSummary(session, state, content.pack, content.fr);
  const text = summaryText(summary);
  const language = session.language ? languageInfo(session.language) : null;
  return (
    <section className="panel summary" aria-labelledby="summary-heading" data-testid="summary">
      <div className="no-print">
        <h1 id="summary-heading">Consultation terminée — résumé</h1>
        <pre className="summary-text" data-testid="summary-text" tabIndex={0}>
          {text}
        </pre>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              void navigator.clipboard.writeText(text).then(
                () => {
                  setCopied(true);
                },
                () => {
                  setCopied(false);
                },
              );
            }}
          >
            Copier le résumé
          </button>
          <button
            type="button"
            data-testid="print-sheet"
            onClick={() => {
              window.print();
            }}
          >
            Imprimer la fiche famille
          </button>
          <button type="button" onClick={props.onClose}>
            Nouvelle consultation
          </button>
        </div>
        <p role="status" className="hint">
          {copied ? 'Résumé copié : collez-le dans le dossier médical.' : ''}
        </p>
      </div>
      <TakeHomeSheet summary={summary} content={content} language={language} />
    </section>
  );
}
