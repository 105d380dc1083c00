// Which flow steps the family screen keeps drawn: the one on screen, the one it showed last,
// and the steps one tap away (shared/consultation/likely-next.ts), the last two hidden. A tap
// then reveals a step that is already built instead of building it inside the tap's frame.
//
// Each entry's key names the session, the step and how many times the family has left that
// step: a step the family comes back to starts fresh (its half-made body-map choice is not
// kept), and nothing of a previous session is ever reused.
import type { Flow } from '../../../shared/content/flow';
import { likelyNextScreens } from '../../../shared/consultation/likely-next';
import type { ConsultationScreen, CurrentStep } from '../../../shared/consultation/state';

/** The screen last painted (the hidden steps are prepared from it) and the steps' visits. */
export interface Deck {
  /** Null until a first screen has been painted: the first card is drawn alone. */
  settled: ConsultationScreen | null;
  left: Readonly<Record<string, number>>;
}

/** Before anything is painted: no steps drawn ahead yet. */
export const unsettledDeck: Deck = { settled: null, left: {} };

export interface DeckEntry {
  key: string;
  step: CurrentStep;
  shown: boolean;
}

const stepKey = (screen: ConsultationScreen) =>
  screen.step ? `${screen.sessionId}/${screen.step.flowId}/${screen.step.stepId}` : null;

/** The deck once `screen` has been painted: the step the family left is counted as left. */
export function settleDeck(deck: Deck | null, screen: ConsultationScreen): Deck {
  if (deck?.settled?.sessionId !== screen.sessionId) return { settled: screen, left: {} };
  const before = stepKey(deck.settled);
  if (before === null || before === stepKey(screen)) return { ...deck, settled: screen };
  return { settled: screen, left: { ...deck.left, [before]: (deck.left[before] ?? 0) + 1 } };
}

/** The key of the entry that shows `screen`'s step with `deck` (null: no step to show). */
export function entryKey(screen: ConsultationScreen, deck: Deck): string | null {
  const id = stepKey(screen);
  return id === null ? null : `${id}#${String(deck.left[id] ?? 0)}`;
}

/**
 * The steps to keep drawn while `shown` is on screen (it may be a prediction the deck has not
 * settled on yet). `covered`: a pushed card or a pause hides the current step too (its state
 * is kept for when the family comes back to it). Sorted by key, so a tap never moves a node.
 */
export function deckEntries(
  shown: ConsultationScreen,
  deck: Deck,
  flowOf: (id: string) => Flow | undefined,
  covered: boolean,
): DeckEntry[] {
  const entries = new Map<string, DeckEntry>();
  const add = (screen: ConsultationScreen, visible: boolean) => {
    const key = entryKey(screen, deck);
    if (key === null || !screen.step) return;
    if (visible || !entries.has(key)) entries.set(key, { key, step: screen.step, shown: visible });
  };
  const settled = deck.settled?.sessionId === shown.sessionId ? deck.settled : null;
  if (settled) {
    add(settled, false);
    const flow = settled.step ? flowOf(settled.step.flowId) : undefined;
    for (const next of flow ? likelyNextScreens(settled, flow) : []) add(next, false);
  }
  add(shown, !covered);
  return [...entries.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
