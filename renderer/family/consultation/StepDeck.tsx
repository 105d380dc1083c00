// The flow steps of the family screen (see step-deck.ts): the one on screen, and hidden ones
// built once the current card has been painted. A hidden step is skipped by the browser
// (`content-visibility: hidden`: no size, not painted, out of the accessibility tree and the
// tab order) but keeps its style and layout, worked out ahead of the tap; it runs no sound
// (ShownContext). A tap only flips which step is shown (decision 0076), before React renders
// (decision 0077: `reveal`).
import {
  startTransition,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type Ref,
  type RefObject,
} from 'react';
import type { Flow } from '../../../shared/content/flow';
import type { ConsultationScreen } from '../../../shared/consultation/state';
import { afterNextPaint } from '../../components/after-next-paint';
import type { CardViewModel } from '../../content/card-view-model';
import type { Figure } from '../answers/body-shapes';
import { ShownContext } from '../shown-test-ids';
import { revealSlot, showSlot } from './shown-slot';
import { deckEntries, entryKey, settleDeck, unsettledDeck, type Deck } from './step-deck';
import { StepView, type StepActions } from './StepView';

/** The deck settles on `screen` once a frame showing it has been painted, never inside it
 * (the first card is drawn alone); building the new hidden steps yields to the family's next
 * tap (a transition). */
function useSettledDeck(screen: ConsultationScreen): Deck {
  const [deck, setDeck] = useState(unsettledDeck);
  useEffect(
    () =>
      afterNextPaint(() => {
        startTransition(() => {
          setDeck((previous) => settleDeck(previous, screen));
        });
      }),
    [screen],
  );
  return deck;
}

/** Asks for the layout of each hidden step (skipped content is laid out only when asked),
 * after the frame, so a tap that shows it has no style or layout left to do. */
function useHiddenStepsLaidOut(deck: Deck) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(
    () =>
      afterNextPaint(() => {
        const steps = container.current?.querySelectorAll('.step-slot[data-shown="false"] > *');
        for (const step of steps ?? []) step.getBoundingClientRect();
      }),
    [deck],
  );
  return container;
}

/** After each commit, before the browser draws it: the slots show what React decided. */
function useShownSlotWritten(container: RefObject<HTMLDivElement | null>, shownKey: string | null) {
  useLayoutEffect(() => {
    if (container.current) showSlot(container.current, shownKey);
  });
}

/** When the step on screen changes and the focus was on the step that left (a keyboard user
 * pressed one of its buttons; its slot is now skipped, so the browser dropped the focus to the
 * page) or on nothing (a tap focuses nothing), the new card's text takes it, after the frame
 * that shows it: a screen reader reads the new card, and the next Tab starts there. Focus
 * elsewhere (the help bar) stays where it is. */
function useFocusFollowsCard(container: RefObject<HTMLDivElement | null>, shownKey: string | null) {
  useEffect(() => {
    if (shownKey === null) return;
    return afterNextPaint(() => {
      const active = document.activeElement;
      const lost =
        active === null ||
        active === document.body ||
        active.closest('.step-slot[data-shown="false"]') !== null;
      if (!lost) return;
      const text = container.current?.querySelector<HTMLElement>(
        '.step-slot[data-shown="true"] .card-text',
      );
      text?.focus({ preventScroll: true });
    });
  }, [container, shownKey]);
}

function useRevealHandle(
  ref: Ref<StepDeckHandle> | undefined,
  container: RefObject<HTMLDivElement | null>,
  deck: Deck,
  covered: boolean,
) {
  useImperativeHandle(
    ref,
    () => ({
      reveal: (screen) => {
        const key = entryKey(screen, deck);
        return !covered && key !== null && container.current !== null
          ? revealSlot(container.current, key)
          : false;
      },
    }),
    [container, deck, covered],
  );
}

export interface StepDeckHandle {
  /** Shows `screen`'s step at once if it is drawn ahead (hidden); says whether it did. React's
   * state must then follow with the same screen (the deck writes its own state back after each
   * commit). */
  reveal: (screen: ConsultationScreen) => boolean;
}

export function StepDeck({
  ref,
  ...props
}: {
  ref?: Ref<StepDeckHandle>;
  screen: ConsultationScreen;
  covered: boolean;
  flows: readonly Flow[];
  card: (id: string) => CardViewModel;
  figure: Figure;
  actions: StepActions;
}) {
  const deck = useSettledDeck(props.screen);
  const container = useHiddenStepsLaidOut(deck);
  const flowOf = (id: string) => props.flows.find((flow) => flow.id === id);
  const entries = deckEntries(props.screen, deck, flowOf, props.covered);
  const shownKey = entries.find((entry) => entry.shown)?.key ?? null;
  useShownSlotWritten(container, shownKey);
  useFocusFollowsCard(container, shownKey);
  useRevealHandle(ref, container, deck, props.covered);
  return (
    <div className="step-deck" ref={container}>
      {entries.map((entry) => (
        // data-shown is written by showSlot/revealSlot, not rendered (shown-slot.ts).
        <div key={entry.key} className="step-slot" data-entry={entry.key}>
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
        </div>
      ))}
    </div>
  );
}
