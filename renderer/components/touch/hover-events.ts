// The family's screen has no hover behaviour (issue 4: nothing relies on hover), yet React
// handles every pointer and mouse over, out and move event at its root, tap after tap: a
// finger that lands fires over/out events, and Chromium sends more as the screen changes under
// it. At the benchmark's 4× CPU throttling that was 3–4 ms of each tap (decision 0076). These
// events are stopped before they reach the page's React root. CSS :hover still applies; the
// lint config forbids hover and move handlers in the code the family page renders, so none
// can silently stop working.

export const HOVER_EVENTS = [
  'pointerover',
  'pointerout',
  'pointermove',
  'mouseover',
  'mouseout',
  'mousemove',
] as const;

const stop = (event: Event) => {
  event.stopImmediatePropagation();
};
const options = { capture: true, passive: true } as const;

/** Installs the stop on a window (first in its capture phase); returns its removal. */
export function keepHoverEventsFromPage(win: Window): () => void {
  for (const type of HOVER_EVENTS) win.addEventListener(type, stop, options);
  return () => {
    for (const type of HOVER_EVENTS) win.removeEventListener(type, stop, options);
  };
}
