// The flow steps of the family screen (see step-deck.ts): the one on screen, and hidden ones
// React builds at idle priority (<Activity mode="hidden">: no effects, so no sound, and out
// of the accessibility tree and the tab order) once the current card has been painted.
import { Activity, useEffect, useState } from 'react';
import type { Flow } from '../../../shared/content/flow';
import type { ConsultationScreen } from '../../../shared/consultation/state';
import type { CardViewModel } from '../../content/card-view-model';
import type { Figure } from '../answers/body-shapes';
import { ShownContext } from '../shown-test-ids';
import { deckEntries, settleDeck, type Deck } from './step-deck';
import { StepView, type StepActions } from './StepView';

/** The deck settles on `screen` once a frame showing it has been painted, never inside it. */
function useSettledDeck(screen: ConsultationScreen): Deck {
  const [deck, setDeck] = useState(() => settleDeck(null, screen));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setDeck((previous) => settleDeck(previous, screen));
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [screen]);
  return deck;
}

export function StepDeck(props: {
  screen: ConsultationScreen;
  covered: boolean;
  flows: readonly Flow[];
  card: (id: string) => CardViewModel;
  figure: Figure;
  actions: StepActions;
}) {
  const deck = useSettledDeck(props.screen);
  const flowOf = (id: string) => props.flows.find((flow) => flow.id === id);
  const entries = deckEntries(props.screen, deck, flowOf, props.covered);
  return entries.map((entry) => (
    <Activity key={entry.key} mode={entry.shown ? 'visible' : 'hidden'}>
      <ShownContext value={entry.shown}>
        <StepView
          step={entry.step}
          flow={flowOf(entry.step.flowId)}
          card={props.card}
          figure={props.figure}
          playKey={props.screen.repeatCount}
          actions={props.actions}
        />
      </ShownContext>
    </Activity>
  ));
}
