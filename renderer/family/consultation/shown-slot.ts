// Which step slot of the deck is on screen, written straight to the slots' `data-shown`
// attributes (the stylesheet skips the others: content-visibility). Two writers share it on
// purpose (decision 0077): the tap that reveals a step drawn ahead, in its own task, so the
// browser paints the new card without waiting for React; and the deck after each of its
// commits, so the attributes always end up matching React's state.

/** Marks the slot whose entry key is `key` as shown and every other as hidden (null: none
 * shown, e.g. under a pushed card). */
export function showSlot(container: HTMLElement, key: string | null): void {
  for (const slot of slotsOf(container)) {
    const shown = String(slot.dataset.entry === key);
    // Written only when it changes: an unchanged attribute costs no style work.
    if (slot.dataset.shown !== shown) slot.dataset.shown = shown;
  }
}

/** Shows the slot drawn ahead for `key`, if there is one and it is hidden; says whether it
 * did. */
export function revealSlot(container: HTMLElement, key: string): boolean {
  const target = slotsOf(container).find((slot) => slot.dataset.entry === key);
  if (target?.dataset.shown !== 'false') return false;
  showSlot(container, key);
  return true;
}

function slotsOf(container: HTMLElement): HTMLElement[] {
  return [...container.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && child.matches('.step-slot'),
  );
}
