// Test ids name what the family can see. A step drawn ahead of time (hidden, see
// consultation/StepDeck.tsx) repeats the visible step's buttons; it carries no test ids, so a
// test (or the benchmark) finds exactly one "answer-yes": the one on screen.
import { createContext, useContext } from 'react';

/** False inside a step drawn ahead of time; true everywhere else. */
export const ShownContext = createContext(true);

/** `testId('answer-yes')` gives the id on the visible screen, nothing on a hidden one. */
export function useTestIds(): (id: string) => string | undefined {
  const shown = useContext(ShownContext);
  return shown ? showId : hideId;
}

const showId = (id: string) => id;
const hideId = () => undefined;
