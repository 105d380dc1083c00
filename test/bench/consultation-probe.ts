// Timers that run inside the family page (passed to page.evaluate / addInitScript, so each
// function is self-contained: no closures over this module). Times are the page's own
// clock, so Playwright's round trips are never part of a sample.
//
// "Painted" is the browser's own paint time of the new card's text, from Element Timing
// (the card's <h1 elementtiming="family-card">; PerformanceElementTiming.renderTime). Each tap
// also records when the page is next free to run a task after that frame (a
// requestAnimationFrame, then a setTimeout(0) queued from it; the probe before Element
// Timing was used): it adds whatever the page still does once the card is on screen (the
// card's sound starting, effects), so it is printed beside the painted figure.

export const CARD = '[data-testid=family-card]';

export interface TapSample {
  /** Tap → the new card's text painted (Element Timing). */
  ms: number;
  /** Tap → the first task after the frame that showed the change. */
  freeMs: number;
  cardId: string | null;
}

/** Element Timing's entry (not in TypeScript's DOM library yet). */
interface PerformanceElementTiming extends PerformanceEntry {
  identifier: string;
  element: Element | null;
  renderTime: number;
}

declare global {
  interface Window {
    /** Set by the benchmark (Playwright exposeBinding). */
    __reportTap?: (sample: TapSample) => Promise<void>;
    __firstCard?: Promise<{ ms: number; epochMs: number }>;
  }
}

// tsx (esbuild keepNames) wraps named inner functions in a __name() helper: the benchmark
// defines it in the page first (installFirstCardProbe has none).

/**
 * One sample per tap: from the capturing pointerdown (before React sees the event) to the
 * first paint after the card element changed (a new step is revealed or mounted; a new card id
 * changes its data-card-id). In between: the click handler, the bridge request over the WebSocket to
 * the local service (validation, SQLite write, new state), the `consultation.changed` event
 * back, React's render and commit, then style, layout and paint of that frame.
 */
export function installTapProbe(cardSelector: string): void {
  let pending: { t0: number; card: Element | null; id: string | null } | null = null;
  /** A changed card waiting for its paint time and its next free task. */
  interface Changed {
    t0: number;
    text: Element | null;
    id: string | null;
    paint?: number;
    free?: number;
  }
  let changed: Changed | null = null;
  const settle = () => {
    if (changed?.paint === undefined || changed.free === undefined) return;
    const sample = { ms: changed.paint, freeMs: changed.free, cardId: changed.id };
    changed = null;
    void window.__reportTap?.(sample);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceElementTiming[]) {
      if (!changed || entry.identifier !== 'family-card' || entry.element !== changed.text)
        continue;
      changed.paint = entry.renderTime - changed.t0;
      settle();
    }
  }).observe({ type: 'element', buffered: false });
  document.addEventListener(
    'pointerdown',
    () => {
      const card = document.querySelector(cardSelector);
      pending = { t0: performance.now(), card, id: card?.getAttribute('data-card-id') ?? null };
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (!pending) return;
    const card = document.querySelector(cardSelector);
    const id = card?.getAttribute('data-card-id') ?? null;
    if (!card || (card === pending.card && id === pending.id)) return;
    const { t0 } = pending;
    pending = null;
    const current: Changed = { t0, text: card.querySelector('[elementtiming]'), id };
    changed = current;
    requestAnimationFrame(() => {
      setTimeout(() => {
        current.free = performance.now() - t0;
        settle();
      }, 0);
    });
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    // A step drawn ahead of time is revealed, not inserted: it gains the card's test id.
    attributeFilter: ['data-card-id', 'data-testid'],
  });
}

/**
 * Installed before navigation: resolves when the first answer tile matching `tileSelector` is
 * in the document, enabled, and a frame showing it has been painted. `ms` counts from the
 * navigation start (performance.timeOrigin); `epochMs` is the same instant on the wall clock,
 * to compare with the moment the benchmark spawned the app.
 */
export function installFirstCardProbe(tileSelector: string): void {
  window.__firstCard = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const tile = document.querySelector(tileSelector);
      if (!(tile instanceof HTMLButtonElement) || tile.disabled) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => {
          const ms = performance.now();
          resolve({ ms, epochMs: performance.timeOrigin + ms });
        }, 0);
      });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
}
