// renderer/family/consultation/shown-slot.ts in Chromium: exactly one step slot is marked
// shown (or none), only changed attributes are written, and a reveal only ever shows a slot
// that is there and hidden.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as ShownSlot from '../../renderer/family/consultation/shown-slot';
import { chromiumAvailable } from './helpers/consultation-driver';
import { useModulePage } from './helpers/module-page';

// Keys as the deck writes them: session/flow/step#visits.
const BODY = `
<div id="deck">
  <div class="step-slot" data-entry="s/pain/hurts#0" data-shown="true"><p>hurts</p></div>
  <div class="step-slot" data-entry="s/pain/where#0" data-shown="false">
    <div class="step-slot" data-entry="nested#0" data-shown="false"></div>
  </div>
  <div class="step-slot" data-entry="s/pain/since#0" data-shown="false"></div>
</div>`;

type Module = typeof ShownSlot;

interface Outcome {
  /** revealSlot's answer; null for showSlot. */
  result: boolean | null;
  writes: number;
  shown: Record<string, string | undefined>;
}

/** Runs one call of the module on #deck; returns the slots' data-shown and how many
 * attribute writes the call made. */
function call(page: Page, name: 'showSlot' | 'revealSlot', key: string | null): Promise<Outcome> {
  return page.evaluate(
    ({ name, key }) => {
      const { showSlot, revealSlot } = (window as unknown as { module: Module }).module;
      const deck = document.getElementById('deck');
      if (!deck) throw new Error('no deck');
      const observer = new MutationObserver(() => undefined);
      observer.observe(deck, { subtree: true, attributes: true });
      let result: boolean | null = null;
      if (name === 'showSlot') showSlot(deck, key);
      else result = revealSlot(deck, key ?? '');
      const writes = observer.takeRecords().length;
      observer.disconnect();
      const shown: Record<string, string | undefined> = {};
      for (const slot of deck.querySelectorAll<HTMLElement>('.step-slot')) {
        shown[slot.dataset.entry ?? ''] = slot.dataset.shown;
      }
      return { result, writes, shown };
    },
    { name, key },
  );
}

describe.skipIf(!chromiumAvailable())('the shown step slot', () => {
  const page = useModulePage('renderer/family/consultation/shown-slot.ts', BODY);

  it('shows exactly the named slot, writing only the attributes that change', async () => {
    const moved = await call(page(), 'showSlot', 's/pain/since#0');
    expect(moved.shown).toEqual({
      's/pain/hurts#0': 'false',
      's/pain/where#0': 'false',
      'nested#0': 'false',
      's/pain/since#0': 'true',
    });
    expect(moved.writes).toBe(2);
    expect((await call(page(), 'showSlot', 's/pain/since#0')).writes).toBe(0);
  });

  it('shows none under a pushed card (null)', async () => {
    const none = await call(page(), 'showSlot', null);
    expect(Object.values(none.shown).filter((shown) => shown === 'true')).toEqual([]);
  });

  it('reveals a hidden slot drawn ahead and says so', async () => {
    const revealed = await call(page(), 'revealSlot', 's/pain/where#0');
    expect(revealed.result).toBe(true);
    expect(revealed.shown['s/pain/where#0']).toBe('true');
    expect(revealed.shown['s/pain/hurts#0']).toBe('false');
  });

  it('refuses, touching nothing, a slot already shown, missing, or not the deck’s own', async () => {
    for (const key of ['s/pain/hurts#0', 's/pain/where#1', 'nested#0']) {
      const refused = await call(page(), 'revealSlot', key);
      expect(refused.result, key).toBe(false);
      expect(refused.writes, key).toBe(0);
      expect(refused.shown['s/pain/hurts#0'], key).toBe('true');
    }
  });
});
