// The family's screen reacts to clicks only (a tap becomes one: fast-tap.ts) and has no hover
// behaviour (issue 4), yet React handles every pointer, touch and mouse event at its root: a
// tap fires a dozen (over, down, touchstart, up, touchend, out, then more as the screen
// changes under the finger), each costing React's dispatch, 1–3 ms at the benchmark's 4× CPU
// throttling (decision 0076). These events are stopped before they reach the page's React
// root, at the body's capture phase: listeners on the window and the document (the
// inactivity timer, fast tap) still get them, CSS :hover and :active still apply, and clicks
// and keys are untouched. The lint config forbids handlers for them in the code the family
// page renders, so none can silently stop working.

export const POINTER_NOISE = [
  'pointerover',
  'pointerout',
  'pointermove',
  'pointerdown',
  'pointerup',
  'pointercancel',
  // A touch captures its pointer implicitly: Chromium sends these around every tap, the
  // lost one between the lift and the touchend that acts (React handled it: 1.8 ms at 4×).
  'gotpointercapture',
  'lostpointercapture',
  'mouseover',
  'mouseout',
  'mousemove',
  'mousedown',
  'mouseup',
  'touchstart',
  'touchmove',
  'touchend',
  'touchcancel',
] as const;

const stop = (event: Event) => {
  event.stopPropagation();
};
const options = { capture: true, passive: true } as const;

/** Stops the events at `body` (capture), above the React root; returns the removal. */
export function keepPointerNoiseFromReact(body: HTMLElement): () => void {
  for (const type of POINTER_NOISE) body.addEventListener(type, stop, options);
  return () => {
    for (const type of POINTER_NOISE) body.removeEventListener(type, stop, options);
  };
}
