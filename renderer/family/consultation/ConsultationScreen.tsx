// The family's consultation: one card at a time with its answers, a card the doctor pushed,
// or a calm "please wait". Back is always possible inside a flow; the help bar is always
// there. Every tap goes to the local service, which answers with the new state; an answer or
// "back" also shows its predicted next card at once (shared/consultation/predict.ts).
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { FamilySignal } from '../../../shared/consultation/events';
import {
  predictAnswer,
  predictBack,
  screenToShow,
  type PredictedScreen,
} from '../../../shared/consultation/predict';
import type { ConsultationScreen as ScreenState } from '../../../shared/consultation/state';
import type { PackBundle, TextBundle } from '../../../shared/content/bundle';
import { useBridge } from '../../bridge/bridge-context';
import { FamilyCallBadge } from '../../calls/FamilyCallBadge';
import { FamilyInterpreterVideo } from '../../calls/family-mirror/FamilyInterpreterVideo';
import { afterNextPaint } from '../../components/after-next-paint';
import { cardViewModel } from '../../content/card-view-model';
import type { Figure } from '../answers/body-shapes';
import { HelpBar } from './HelpBar';
import { PushedCard } from './PushedCard';
import { StepDeck, type StepDeckHandle } from './StepDeck';
import type { StepActions } from './StepView';
import { WaitScreen } from './WaitScreen';
import { uiCards } from './family-labels';

const adultTypes = new Set(['pregnancy-followup', 'postpartum', 'contraception', 'social']);

const CallBadge = memo(FamilyCallBadge);
const InterpreterVideo = memo(FamilyInterpreterVideo);
const StableHelpBar = memo(HelpBar);

export function ConsultationScreen(props: {
  pack: PackBundle;
  texts: TextBundle;
  state: ScreenState;
  consultationType: string;
}) {
  const { client } = useBridge();
  const { pack, texts } = props;
  const [failed, setFailed] = useState(false);
  const [predicted, setPredicted] = useState<PredictedScreen | null>(null);
  const state = screenToShow(props.state, predicted);
  const [lastSignal, setLastSignal] = useState<FamilySignal | null>(null);
  const send = useCallback(
    async (call: () => Promise<{ ok: boolean; error?: { code: string } }>) => {
      const result = await call();
      // A refused tap drops any prediction: the screen shows the service's card again.
      if (!result.ok) setPredicted(null);
      // A stale step (a double tap) is harmless: the screen already shows the next card.
      setFailed(!result.ok && result.error?.code !== 'STALE_STEP');
    },
    [],
  );
  // Stable between taps, so the help bar and the call's badge and video are not drawn again
  // inside a tap's frame (issue 4: tap → painted).
  const card = useCallback((id: string) => cardViewModel(pack, texts, id), [pack, texts]);
  const label = useCallback((id: string) => cardViewModel(pack, texts, id).text, [pack, texts]);
  const sessionId = props.state.sessionId;
  const flowOf = (id: string) => pack.flows.find((flow) => flow.id === id);
  const figure: Figure = adultTypes.has(props.consultationType) ? 'adult' : 'child';

  const signal = useCallback(
    (value: FamilySignal) => {
      setLastSignal(value);
      void send(() => client.call('consultation.signal', { sessionId, signal: value }));
    },
    [client, sessionId, send],
  );

  const deck = useRef<StepDeckHandle>(null);
  const shown = useShowPredicted(deck, setPredicted);

  // The latest state for the step actions, which stay the same functions from tap to tap so
  // the steps drawn ahead of time are not drawn again inside a tap (StepView is memoised).
  const latest = useRef({ state, flowOf, sessionId });
  useLayoutEffect(() => {
    latest.current = { state, flowOf, sessionId };
  });
  const actions = useMemo<StepActions>(
    () => ({
      onAnswer: (step, value) => {
        shown.catchUp();
        const now = latest.current;
        const flow = now.flowOf(step.flowId);
        if (flow) shown.show(predictAnswer(now.state, flow, value));
        // The predicted card is drawn first; the request leaves right after that frame.
        afterNextPaint(() => {
          void send(() =>
            client.call('consultation.answer', {
              sessionId: now.sessionId,
              flowId: step.flowId,
              stepId: step.stepId,
              answer: value,
            }),
          );
        });
      },
      onBack: (step) => {
        shown.catchUp();
        const now = latest.current;
        const flow = now.flowOf(step.flowId);
        if (flow) shown.show(predictBack(now.state, flow));
        afterNextPaint(() => {
          void send(() =>
            client.call('consultation.back', {
              sessionId: now.sessionId,
              flowId: step.flowId,
              stepId: step.stepId,
            }),
          );
        });
      },
      onAskInterpreter: () => {
        signal('want-interpreter');
      },
    }),
    [client, send, signal, shown],
  );

  let cover = null;
  if (state.paused) cover = <WaitScreen label={label(uiCards.pause)} />;
  else if (state.pushed) {
    cover = (
      <PushedCard
        card={card(state.pushed.cardId)}
        label={label}
        playKey={state.repeatCount}
        onAskInterpreter={actions.onAskInterpreter}
        onClose={() => void send(() => client.call('consultation.dismissPhrase', { sessionId }))}
      />
    );
  } else if (!state.step) cover = <WaitScreen label={label(uiCards.wait)} />;

  return (
    <div className="consultation">
      {/* The interpreter call's state, without words: searching, ringing, connected, ended. */}
      <CallBadge bridge={client} />
      {/* During the call, the interpreter's face beside the card (muted, no words), or a
          sign that they are there by voice only. */}
      <InterpreterVideo bridge={client} sessionId={sessionId} card={card} />
      {cover}
      <StepDeck
        ref={deck}
        screen={state}
        covered={cover !== null}
        flows={pack.flows}
        card={card}
        figure={figure}
        actions={actions}
      />
      {failed && (
        <p role="alert" className="family-alert">
          ⚠
        </p>
      )}
      <StableHelpBar label={label} onSignal={signal} lastSignal={lastSignal} />
    </div>
  );
}

/**
 * Shows a predicted card: a step drawn ahead is revealed by the deck in the tap's own task and
 * React's state follows after that frame (decision 0077); anything else goes through React at
 * once. `catchUp` applies a prediction still waiting for its frame, before another tap reads
 * the state.
 */
function useShowPredicted(
  deck: RefObject<StepDeckHandle | null>,
  setPredicted: (screen: PredictedScreen | null) => void,
) {
  const waiting = useRef<PredictedScreen | null>(null);
  return useMemo(
    () => ({
      show(next: PredictedScreen | null) {
        if (!next || !deck.current?.reveal(next)) {
          waiting.current = null;
          setPredicted(next);
          return;
        }
        waiting.current = next;
        afterNextPaint(() => {
          if (waiting.current !== next) return;
          waiting.current = null;
          setPredicted(next);
        });
      },
      catchUp() {
        const next = waiting.current;
        if (!next) return;
        waiting.current = null;
        flushSync(() => {
          setPredicted(next);
        });
      },
    }),
    [deck, setPredicted],
  );
}
