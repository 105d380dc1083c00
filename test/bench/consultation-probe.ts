// Timers that run inside the family page (passed to page.evaluate / addInitScript, so each
// function is self-contained: no closures over this module). Times are the page's own
// performance.now(), so Playwright's round trips are never part of a sample.
//
// "Painted" is taken as the first task after the frame that shows the change:
// requestAnimationFrame runs just before that frame's style, layout and paint, and a
// setTimeout(0) queued from it runs once they are done. Pictogram <img>s already in the memory
// cache may still be decoded a frame later; the card's text, tiles and layout are in the frame.

export const CARD = '[data-testid=family-card]';

interface TapSample {
  ms: number;
  cardId: string | null;
}

interface TapProbe {
  samples: TapSample[];
  waiters: { index: number; resolve: (sample: TapSample) => void }[];
}

declare global {
  interface Window {
    __tapProbe?: TapProbe;
    __firstCard?: Promise<{ ms: number; epochMs: number }>;
  }
}

// No named inner functions below: tsx (esbuild keepNames) would wrap them in a __name()
// helper that does not exist in the page.

/**
 * One sample per tap: from the capturing pointerdown (before React sees the event) to the
 * first paint after the card element changed (a new step remounts it; a new card id changes
 * its data-card-id). In between: the click handler, the bridge request over the WebSocket to
 * the local service (validation, SQLite write, new state), the `consultation.changed` event
 * back, React's render and commit, then style, layout and paint of that frame.
 */
export function installTapProbe(cardSelector: string): void {
  const probe: TapProbe = { samples: [], waiters: [] };
  window.__tapProbe = probe;
  let pending: { t0: number; card: Element | null; id: string | null } | null = null;
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
    requestAnimationFrame(() => {
      setTimeout(() => {
        probe.samples.push({ ms: performance.now() - t0, cardId: id });
        for (const waiter of probe.waiters.splice(0)) {
          const sample = probe.samples[waiter.index];
          if (sample) waiter.resolve(sample);
          else probe.waiters.push(waiter);
        }
      }, 0);
    });
  }).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-card-id'],
  });
}

/** Resolves with sample number `index` (0-based) once it has been taken; rejects after `timeoutMs`. */
export function waitForTapSample([index, timeoutMs]: [number, number]): Promise<TapSample> {
  const probe = window.__tapProbe;
  if (!probe) return Promise.reject(new Error('tap probe not installed'));
  const sample = probe.samples[index];
  if (sample) return Promise.resolve(sample);
  return new Promise((resolve, reject) => {
    probe.waiters.push({ index, resolve });
    setTimeout(() => {
      reject(new Error(`no new card painted ${String(timeoutMs)} ms after tap ${String(index)}`));
    }, timeoutMs);
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
