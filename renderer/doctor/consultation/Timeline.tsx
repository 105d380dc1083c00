// The family's answers and signals as they happen, in French, newest last; signals that
// need the doctor ("I don't understand", "stop", "interpreter") stand out.
import type { ConsultationState, TimelineEntry } from '../../../shared/consultation/state';
import { answerFr } from './answer-fr';
import type { DoctorContent } from './use-doctor-content';

const time = (iso: string) => {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
};

const signalFr = {
  'dont-understand': '« Je ne comprends pas »',
  repeat: '« Répéter »',
  'want-interpreter': '« Je veux un interprète »',
  stop: '« Stop »',
} as const;

function line(
  entry: TimelineEntry,
  content: DoctorContent,
): { text: string; alert: boolean } | null {
  const flowTitle = (id: string) =>
    content.pack.flows.find((flow) => flow.id === id)?.titleFr ?? id;
  switch (entry.kind) {
    case 'flow-started':
      return { text: `Parcours lancé : ${flowTitle(entry.flowId)}`, alert: false };
    case 'flow-finished':
      return { text: `Parcours terminé : ${flowTitle(entry.flowId)}`, alert: false };
    case 'answer': {
      if (entry.answer.kind === 'none') return null;
      const flow = content.pack.flows.find((candidate) => candidate.id === entry.flowId);
      const answer = answerFr(entry.answer, { flow, stepId: entry.stepId, fr: content.fr });
      return {
        text: `${entry.consent ? 'Consentement — ' : ''}${content.fr(entry.cardId)} → ${answer}`,
        alert: false,
      };
    }
    case 'signal':
      return {
        text: `La famille a appuyé sur ${signalFr[entry.signal]}${entry.cardId ? ` (carte : ${content.fr(entry.cardId)})` : ''}`,
        alert: entry.signal !== 'repeat',
      };
    case 'phrase':
      return {
        text: `Phrase montrée${entry.by === 'interpreter' ? ' par l’interprète' : ''} : ${content.fr(entry.cardId)}`,
        alert: false,
      };
    case 'interpreter':
      return {
        text: {
          requested: 'Interprète demandé',
          connected: 'Interprète connecté',
          ended: 'Appel terminé',
        }[entry.state],
        alert: false,
      };
    case 'paused':
      return { text: entry.paused ? 'Pause' : 'Reprise', alert: false };
  }
}

export function Timeline(props: { state: ConsultationState; content: DoctorContent }) {
  const lines = props.state.timeline.flatMap((entry, index) => {
    const rendered = line(entry, props.content);
    return rendered ? [{ ...rendered, at: entry.at, key: index }] : [];
  });
  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Réponses de la famille</h2>
      {lines.length === 0 ? (
        <p className="hint">Les réponses s’afficheront ici en français.</p>
      ) : (
        <ol className="timeline-list" aria-live="polite" data-testid="timeline">
          {lines.map((entry) => (
            <li key={entry.key} data-alert={entry.alert}>
              <time dateTime={entry.at}>{time(entry.at)}</time> {entry.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
