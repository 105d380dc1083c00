// Timers that run inside the family page (passed to page.evaluate / addInitScript, so each
// function is self-contained: no closures over this module). Times are the page's own
// clock, so Playwright's round trips are never part of a sample.
//
// "Painted" is the browser's own paint time of the new card's text, from Element Timing
// (the card's <h1 elementtiming="family-card">; PerformanceElementTiming.renderTime). Each tap
// also records when the page is idle again after that frame (a requestAnimationFrame, then a
// requestIdleCallback: every task queued by then has run): it adds whatever the page still
// does once the card is on screen (React's state catching up with a revealed step, effects,
// the sound being scheduled), so it is printed beside the painted figure.

export const CARD = '[data-testid=family-card]';
/** The card on screen as the browser draws it: a step drawn ahead is revealed by its slot's
 * `data-shown` in the tap's own task, before React moves the test ids (decision 0077). */
export const SHOWN_CARD = '.step-slot[data-shown="true"] [data-card-id]';

export interface TapSample {
  /** The lift (the pointerup's input timestamp) → the new card's text painted (Element
   * Timing). A tap acts when the finger lifts, as any button does: this is what the family
   * waits for once their tap is complete. */
  ms: number;
  /** The same, from the press (the pointerdown's input timestamp): with a finger that rests
   * on the screen, the rest is in it; with one lifted at once, the press's own work is. */
  fromPressMs: number;
  /** The same, from the page's first listener for the lift (without the input's wait for the
   * main thread). */
  handlerMs: number;
  /** The lift → the page idle again after the frame that showed the change. */
  freeMs: number;
  cardId: string | null;
}

/** Element Timing's entry (not in TypeScript's DOM library yet). */
interface PerformanceElementTiming extends PerformanceEntry {
  identifier: string;
  element: Element | null;
  renderTime: number;
}

/** Event Timing's entry, with the interaction it belongs to. */
interface PerformanceEventTiming extends PerformanceEntry {
  interactionId: number;
}

declare global {
  interface Window {
    /** Set by the benchmark (Playwright exposeBinding). */
    __reportTap?: (sample: TapSample) => Promise<void>;
    __firstCard?: Promise<{ ms: number; epochMs: number }>;
    /** Per interaction, the browser's own latency (Event Timing, as Interaction to Next Paint
     * counts it): the longest of its events' durations, each from the event's timestamp to
     * the next paint after its handlers, in steps of 8 ms; only those of 16 ms or more. */
    __interactionMs?: Map<number, number>;
  }
}

// tsx (esbuild keepNames) wraps named inner functions in a __name() helper: the benchmark
// defines it in the page first (installFirstCardProbe has none).

/**
 * One sample per tap: from the moment the browser received the finger's lift (the pointerup
 * event's timestamp) to the first paint after the card on screen changed (a step drawn ahead
 * revealed, a new step mounted, a new card id); `cardSelector` finds the card on screen. In
 * between: the wait for the page's main thread (input queueing), the tap handler (the reveal,
 * decision 0077), style, layout and paint of that frame. The same span from the press and from
 * the page's first listener for the lift is kept beside it. Each interaction's latency as the
 * browser itself measures it (Event Timing) is kept too, in `window.__interactionMs`.
 */
export function installTapProbe(cardSelector: string): void {
  interface Pending {
    down: number;
    up?: number;
    handled?: number;
    card: Element | null;
    id: string | null;
  }
  let pending: Pending | null = null;
  /** A changed card waiting for its paint time and the page's next idle moment. */
  interface Changed {
    down: number;
    up: number;
    handled: number;
    text: Element | null;
    id: string | null;
    paint?: number;
    free?: number;
  }
  let changed: Changed | null = null;
  const settle = () => {
    if (changed?.paint === undefined || changed.free === undefined) return;
    const sample: TapSample = {
      ms: changed.paint - changed.up,
      fromPressMs: changed.paint - changed.down,
      handlerMs: changed.paint - changed.handled,
      freeMs: changed.free - changed.up,
      cardId: changed.id,
    };
    changed = null;
    void window.__reportTap?.(sample);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceElementTiming[]) {
      if (!changed || entry.identifier !== 'family-card' || entry.element !== changed.text)
        continue;
      changed.paint = entry.renderTime;
      settle();
    }
  }).observe({ type: 'element', buffered: false });
  const interactions = new Map<number, number>();
  window.__interactionMs = interactions;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId === 0) continue;
      const longest = interactions.get(entry.interactionId) ?? 0;
      interactions.set(entry.interactionId, Math.max(longest, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  document.addEventListener(
    'pointerdown',
    (event) => {
      const card = document.querySelector(cardSelector);
      pending = { down: event.timeStamp, card, id: card?.getAttribute('data-card-id') ?? null };
    },
    { capture: true },
  );
  document.addEventListener(
    'pointerup',
    (event) => {
      if (!pending) return;
      pending.up = event.timeStamp;
      pending.handled = performance.now();
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (pending?.up === undefined || pending.handled === undefined) return;
    const card = document.querySelector(cardSelector);
    const id = card?.getAttribute('data-card-id') ?? null;
    if (!card || (card === pending.card && id === pending.id)) return;
    const { down, up, handled } = pending;
    pending = null;
    const current: Changed = { down, up, handled, text: card.querySelector('[elementtiming]'), id };
    changed = current;
    requestAnimationFrame(() => {
      requestIdleCallback(() => {
        current.free = performance.now();
        settle();
      });
    });
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    // A step drawn ahead of time is revealed, not inserted: its slot's data-shown flips.
    attributeFilter: ['data-card-id', 'data-testid', 'data-shown'],
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
