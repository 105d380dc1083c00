// What the family sees and has answered, live from the clinic's data channel: the current
// card with its pictograms, in the family's language and in French, and the answers so far.
// Family-language text carries its lang and dir so it renders (and is read aloud) correctly.
import type { CallContext } from '../../shared/calls/call-context';
import { languageInfo } from '../../shared/domain/languages';
import { fr } from './strings-fr';

export function ContextView({ context }: { context: CallContext | null }) {
  const t = fr.call;
  if (!context) return <p className="context-waiting">{t.waitingContext}</p>;
  const info = languageInfo(context.language);
  const family = (text: string) => (
    <span lang={context.language} dir={info.direction}>
      {text}
    </span>
  );
  const { card } = context;
  return (
    <div className="call-context">
      <section aria-labelledby="current-card-heading" className="context-card">
        <h4 id="current-card-heading">{t.currentCard}</h4>
        {card ? (
          <div className="context-card-body" data-card-id={card.id}>
            <div className="context-pictograms">
              {card.pictograms.map((path) => (
                <img key={path} src={`/${path}`} alt="" />
              ))}
            </div>
            <p className="context-family">{family(card.family)}</p>
            <p className="context-french">
              <span className="context-label">{t.french} : </span>
              {card.french}
            </p>
          </div>
        ) : (
          <p>{t.noCard}</p>
        )}
      </section>
      <section aria-labelledby="answers-heading" className="context-answers">
        <h4 id="answers-heading">{t.answers}</h4>
        {context.answers.length === 0 ? (
          <p>{t.noAnswers}</p>
        ) : (
          <ol>
            {context.answers.map((answer) => (
              <li key={`${answer.at}-${answer.questionFrench}`}>
                <p className="answer-question">
                  {answer.questionFrench} — {family(answer.questionFamily)}
                </p>
                <p className="answer-value">
                  <strong>{answer.answerFrench}</strong> — {family(answer.answerFamily)}{' '}
                  <time dateTime={answer.at}>
                    {t.answered(
                      new Date(answer.at).toLocaleTimeString('fr-FR', {
                        hour: '2-digit',
                        minute: '2-digit',
                      }),
                    )}
                  </time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
