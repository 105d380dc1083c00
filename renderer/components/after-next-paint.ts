// Work that must not hold back the frame being drawn, nor compete with it until it is on
// screen: it runs in the first task after the frame that follows the next one. A
// requestAnimationFrame callback runs just before a frame is drawn; the next frame's callback
// runs once the compositor has moved on from the one before, which by then has been drawn
// (the web has no callback for "presented"; this is the usual stand-in). Used to keep sound,
// requests and idle rendering out of a tap's frame: run right after the main thread's part of
// the frame, the answer's request set the app, the doctor's page and the sound going while
// the new card was still being rastered and drawn, on the same cores (decision 0081). A page
// that draws no frame (hidden or minimised: no animation frames) still runs the work, a
// little later.

/** At the latest, the work runs this long after it was asked for. */
export const LATEST_MS = 100;

/** Runs `work` once, after the next frame is on screen; returns a function that cancels it
 * if not run. */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    cancel();
    work();
  };
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = setTimeout(run, 0);
    });
  });
  timer = setTimeout(run, LATEST_MS);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  return cancel;
}
