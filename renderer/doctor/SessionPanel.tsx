// The running consultation as the doctor follows it: what the family sees (in both
// languages), its answers live in French, the flows to run, the phrasebook, the interpreter
// call, pause and end.
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../shared/bridge/contract';
import type { BridgeError, Result } from '../../shared/bridge/result';
import { consultationLabelFr } from '../../shared/domain/consultation-types';
import { languageInfo } from '../../shared/domain/languages';
import { useBridge } from '../bridge/bridge-context';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ErrorNotice } from '../components/ErrorNotice';
import { FamilyVideoSender } from '../calls/family-mirror/FamilyVideoSender';
import { buildCallContext } from './consultation/call-context';
import { ConsultationControls } from './consultation/ConsultationControls';
import { ContentFailureNotice } from './consultation/ContentFailureNotice';
import { FamilyMirror } from './consultation/FamilyMirror';
import { FlowList } from './consultation/FlowList';
import { Phrasebook } from './consultation/Phrasebook';
import { Timeline } from './consultation/Timeline';
import { useContentFailure, useDoctorContent } from './consultation/use-doctor-content';

// The call (WebRTC, media devices) loads only when a session screen opens: the home screen
// and the family's screen never pay for it.
const InterpreterCallPanel = lazy(() =>
  import('../calls/InterpreterCallPanel').then((module) => ({
    default: module.InterpreterCallPanel,
  })),
);

const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

export function SessionPanel(props: { session: SessionView }) {
  const { t } = useTranslation();
  const { client, consultation } = useBridge();
  const { session } = props;
  const language = session.language ? languageInfo(session.language) : null;
  const content = useDoctorContent(session.language);
  const contentFailure = useContentFailure(session.language);
  const [error, setError] = useState<BridgeError | null>(null);
  const state = consultation?.sessionId === session.id ? consultation : null;

  const context = useMemo(() => {
    if (!state || !content || !session.language) return null;
    return buildCallContext({
      // The state's revision only grows (it counts logged events), also across restarts.
      version: state.revision,
      state,
      content,
      language: session.language,
      consultationType: session.consultationType,
    });
  }, [state, content, session.language, session.consultationType]);

  const run = async (call: Promise<Result<unknown>>) => {
    const result = await call;
    setError(result.ok ? null : result.error);
  };
  const push = (cardId: string, by: 'doctor' | 'interpreter') =>
    void run(client.call('consultation.pushPhrase', { sessionId: session.id, cardId, by }));

  return (
    <div className="session-layout">
      <section aria-labelledby="session-heading" className="panel session-facts">
        <h1 id="session-heading">{t('session.heading')}</h1>
        <dl className="facts">
          <dt>{t('session.type')}</dt>
          <dd>{consultationLabelFr(session.consultationType)}</dd>
          <dt>{t('session.startedAt')}</dt>
          <dd>{time.format(new Date(session.startedAt))}</dd>
          <dt>{t('session.language')}</dt>
          <dd aria-live="polite" data-testid="family-language">
            {language ? language.frenchName : t('session.waitingLanguage')}
          </dd>
        </dl>
        <ConsultationControls
          paused={state?.paused ?? false}
          onPause={(paused) =>
            void run(client.call('consultation.setPaused', { sessionId: session.id, paused }))
          }
          onEnd={() => void run(client.call('session.end', { sessionId: session.id }))}
        />
        <ErrorNotice error={error} />
      </section>
      <ContentFailureNotice failure={contentFailure} />
      <ErrorBoundary
        fallback={
          <p role="alert" className="panel">
            L’appel d’un interprète est indisponible sur ce poste (module non chargé). Utilisez
            l’interprétariat par téléphone.
          </p>
        }
      >
        <Suspense fallback={<p className="panel hint">Chargement de l’appel interprète…</p>}>
          <InterpreterCallPanel
            bridge={client}
            sessionId={session.id}
            language={session.language}
            consultationType={session.consultationType}
            context={context}
            onPushCard={(cardId) => {
              push(cardId, 'interpreter');
            }}
          />
        </Suspense>
      </ErrorBoundary>
      {/* Forwards the interpreter's video to the family's own window, when one is open. */}
      <FamilyVideoSender bridge={client} sessionId={session.id} />
      {state && content ? (
        <>
          <FamilyMirror state={state} content={content} language={language} />
          <Timeline state={state} content={content} />
          <FlowList
            flows={content.pack.flows}
            consultationType={session.consultationType}
            state={state}
            disabled={!language}
            onStart={(flowId) =>
              void run(client.call('consultation.startFlow', { sessionId: session.id, flowId }))
            }
          />
          <Phrasebook
            categories={content.pack.phrasebook}
            fr={content.fr}
            disabled={!language}
            onPush={(cardId) => {
              push(cardId, 'doctor');
            }}
          />
        </>
      ) : contentFailure ? null : (
        <p className="hint" aria-busy="true">
          Chargement du contenu…
        </p>
      )}
    </div>
  );
}
