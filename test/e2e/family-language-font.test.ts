// renderer/family/use-language-font.ts on the real family page: a page that opens on a
// session whose language is already chosen (a window opened late, a reload, the app's start)
// loads the bundled font of that script before it draws the first card, so the card is laid
// out once, in its own font (not first in a font of the PC, then again). On the language
// picker the faces are already loaded by the languages' own names, so the page is reloaded.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './helpers/consultation-driver';
import { openArabicPainQuestion, PLAY_TIMEOUT, useStage } from './helpers/consultation-steps';

/** Records, when the first card enters the page, which faces of `family` are loaded. */
function watchFacesAtFirstCard(family: string): void {
  const seen = new Promise<string[]>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="family-card"]')) return;
      observer.disconnect();
      resolve(
        [...document.fonts]
          .filter((face) => face.family.replace(/"/g, '') === family && face.status === 'loaded')
          .map((face) => `${face.weight} ${face.unicodeRange.split(',')[0] ?? ''}`),
      );
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
  (window as unknown as { facesAtFirstCard: Promise<string[]> }).facesAtFirstCard = seen;
}

describe.skipIf(!chromiumAvailable())('the family language font', () => {
  const stage = useStage();

  it(
    'has the Arabic faces loaded, text and titles, when a fresh page draws its first card',
    async () => {
      const { family, driver } = stage;
      await openArabicPainQuestion(driver);
      await family.addInitScript(watchFacesAtFirstCard, 'Noto Sans Arabic');
      await family.reload();
      await driver.waitForCard('pain.question');
      const faces = await family.evaluate(
        () => (window as unknown as { facesAtFirstCard: Promise<string[]> }).facesAtFirstCard,
      );
      // The Arabic-script slice (U+0600…) in both weights.
      expect(faces.filter((face) => face.includes('U+600'))).toEqual(
        expect.arrayContaining(['400 U+600-6FF', '700 U+600-6FF']),
      );
    },
    PLAY_TIMEOUT,
  );
});
