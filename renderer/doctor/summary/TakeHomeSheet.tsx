// The bilingual take-home sheet: what the family keeps, in its language and in French, with
// the pictograms: the advice and instructions shown during the consultation and the next
// appointment. Printed on its own (print CSS hides the rest of the console).
import type { Summary } from './build-summary';
import type { DoctorContent } from '../consultation/use-doctor-content';
import type { LanguageInfo } from '../../../shared/domain/languages';
import { Pictograms } from '../../components/Pictograms';
import { cardViewModel } from '../../content/card-view-model';

const dateFr = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getFullYear())}`;
};

export function TakeHomeSheet(props: {
  summary: Summary;
  content: DoctorContent;
  language: LanguageInfo | null;
}) {
  const { summary, content, language } = props;
  const appointment = summary.flows
    .filter((flow) => flow.flowId === 'next-appointment')
    .flatMap((flow) => flow.answers);
  // Advice the family keeps: pushed phrases and the flows' information cards, not the
  // explanations that led to a consent (they were for the moment, not for home).
  const cards = [
    ...new Set([
      ...summary.phrases.map((phrase) => phrase.cardId),
      ...summary.infoCards.filter((id) => !id.startsWith('consent.')),
    ]),
  ];
  // A French-speaking family gets each line once.
  const bilingual = language !== null && language.code !== 'fr';
  const family = (id: string) =>
    content.family ? cardViewModel(content.pack, content.family, id) : null;
  return (
    <article className="take-home" aria-labelledby="sheet-heading" data-testid="take-home-sheet">
      <header className="sheet-header">
        <h2 id="sheet-heading">Fiche pour la famille — {summary.typeFr}</h2>
        <p>
          {dateFr(summary.startedAt)}
          {language && bilingual && (
            <>
              {' — '}
              <span lang={language.code} dir={language.direction}>
                {language.nativeName}
              </span>{' '}
              / {language.frenchName}
            </>
          )}
        </p>
      </header>
      {cards.length === 0 && appointment.length === 0 ? (
        <p className="hint">Aucun conseil ni rendez-vous n’a été montré pendant la consultation.</p>
      ) : (
        <ol className="sheet-items">
          {cards.map((id) => {
            const card = family(id);
            return (
              <li key={id} className="sheet-item" data-card-id={id}>
                <Pictograms
                  urls={cardViewModel(content.pack, content.french, id).pictograms}
                  label={null}
                  size="small"
                />
                <div>
                  {card && language && bilingual && (
                    <p className="sheet-family" lang={language.code} dir={language.direction}>
                      {card.text}
                    </p>
                  )}
                  <p className="sheet-french" lang="fr">
                    {content.fr(id)}
                  </p>
                </div>
              </li>
            );
          })}
          {appointment.map((answer) => (
            <li key={answer.cardId} className="sheet-item" data-card-id={answer.cardId}>
              <Pictograms
                urls={cardViewModel(content.pack, content.french, answer.cardId).pictograms}
                label={null}
                size="small"
              />
              <div>
                {language && bilingual && (
                  <p className="sheet-family" lang={language.code} dir={language.direction}>
                    {family(answer.cardId)?.text}
                  </p>
                )}
                <p className="sheet-french" lang="fr">
                  {answer.questionFr} <strong>{answer.answerFr}</strong>
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      {summary.language && summary.language !== 'fr' && content.family && (
        <p className="sheet-draft-note" lang="fr">
          Traductions automatiques non relues : en cas de doute, demandez un interprète.
        </p>
      )}
    </article>
  );
}
