// A touch tap on a button acts when the finger lifts (touchend), not when the browser's click
// comes. For a tap, Chromium sends the click only after the page has handled touchend and the
// browser has recognised the gesture: another trip between the browser and the page, a frame
// for the press state and the compatibility mouse events first. On the family's touch screen
// that was 20–30 ms per tap at the benchmark's 4× CPU throttling (decision 0076).
//
// What counts as a tap is what the browser itself would click: one finger, down and up on the
// same enabled button (or role="button"), not moved beyond a small slop, not turned into a
// scroll (a scrolling touchend cannot be cancelled). Anything else is left to the browser.
// The tap is then taken over: touchend's default is prevented, which stops the browser's own
// mouse events and click, and the button gets a click event of its own, so every handler,
// React's included, runs as for a click. Keyboard, mouse and screen-reader activation never
// go through here.

/** How far a finger may drift and still tap (CSS px); Chromium's touch slop is about 15. */
export const TAP_SLOP_PX = 12;
/** A browser click this soon after a tap, at the same place, is that tap's echo. */
export const ECHO_WINDOW_MS = 800;
const ECHO_RADIUS_PX = 30;

interface Press {
  target: Element;
  touchId: number;
  x: number;
  y: number;
}

const pressable = (node: EventTarget | null): Element | null =>
  node instanceof Element ? node.closest('button, [role="button"]') : null;

const disabled = (element: Element) =>
  element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true';

const touchById = (list: TouchList, id: number): Touch | undefined =>
  Array.from(list).find((touch) => touch.identifier === id);

function stillOver(target: Element, touch: Touch): boolean {
  const box = target.getBoundingClientRect();
  return (
    touch.clientX >= box.left - TAP_SLOP_PX &&
    touch.clientX <= box.right + TAP_SLOP_PX &&
    touch.clientY >= box.top - TAP_SLOP_PX &&
    touch.clientY <= box.bottom + TAP_SLOP_PX
  );
}

/** Installs the listeners on a document; returns a function that removes them. */
export function installFastTap(doc: Document): () => void {
  let press: Press | null = null;
  let echo: { x: number; y: number; until: number } | null = null;

  const onStart = (event: TouchEvent) => {
    const touch = event.changedTouches[0];
    const target = pressable(event.target);
    press =
      event.touches.length === 1 && touch && target
        ? { target, touchId: touch.identifier, x: touch.clientX, y: touch.clientY }
        : null;
  };
  const onMove = (event: TouchEvent) => {
    const touch = press && touchById(event.changedTouches, press.touchId);
    if (
      press &&
      touch &&
      Math.hypot(touch.clientX - press.x, touch.clientY - press.y) > TAP_SLOP_PX
    )
      press = null;
  };
  const onCancel = () => {
    press = null;
  };
  const onEnd = (event: TouchEvent) => {
    const begun = press;
    press = null;
    if (!begun || !event.cancelable || event.touches.length > 0) return;
    const touch = touchById(event.changedTouches, begun.touchId);
    if (!touch || !begun.target.isConnected || disabled(begun.target)) return;
    if (!stillOver(begun.target, touch)) return;
    event.preventDefault();
    echo = { x: touch.clientX, y: touch.clientY, until: event.timeStamp + ECHO_WINDOW_MS };
    begun.target.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        composed: true,
        view: doc.defaultView,
        detail: 1,
        clientX: touch.clientX,
        clientY: touch.clientY,
        screenX: touch.screenX,
        screenY: touch.screenY,
      }),
    );
  };
  // Should a browser still send its own click for a tap taken over, it must not answer twice
  // (the next card would be on screen by then, under the same finger).
  const onClick = (event: MouseEvent) => {
    if (!echo || !event.isTrusted || event.detail === 0) return;
    const { x, y, until } = echo;
    if (event.timeStamp > until) {
      echo = null;
      return;
    }
    if (Math.hypot(event.clientX - x, event.clientY - y) > ECHO_RADIUS_PX) return;
    echo = null;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const passive = { capture: true, passive: true } as const;
  const active = { capture: true, passive: false } as const;
  doc.addEventListener('touchstart', onStart, passive);
  doc.addEventListener('touchmove', onMove, passive);
  doc.addEventListener('touchcancel', onCancel, passive);
  doc.addEventListener('touchend', onEnd, active);
  doc.addEventListener('click', onClick, { capture: true });
  return () => {
    doc.removeEventListener('touchstart', onStart, passive);
    doc.removeEventListener('touchmove', onMove, passive);
    doc.removeEventListener('touchcancel', onCancel, passive);
    doc.removeEventListener('touchend', onEnd, active);
    doc.removeEventListener('click', onClick, { capture: true });
  };
}
