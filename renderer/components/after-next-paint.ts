// Work that must not hold back the frame being drawn: it runs in the first task after the
// next frame (a requestAnimationFrame callback runs just before that frame is drawn; a task
// queued from it runs after). Used to keep sound, requests and idle rendering out of a tap's
// frame. A page that draws no frame (hidden or minimised: no animation frames) still runs
// the work, a little later.

/** At the latest, the work runs this long after it was asked for. */
export const LATEST_MS = 100;

/** Runs `work` once, after the next frame; returns a function that cancels it if not run. */
export function afterNextPaint(work: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    cancel();
    work();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(run, 0);
  });
  timer = setTimeout(run, LATEST_MS);
  function cancel() {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  return cancel;
}
