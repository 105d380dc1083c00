// A whole consultation, the way a doctor and a family live it, in Arabic, Tigrinya and French:
// the doctor starts an infant check-up, the family picks its language (French: the doctor
// picks it, a French-reading family has no tile), answers the pain flow (body map and faces)
// and the consents (one "no"), the doctor pushes a phrase, the family says "I don't
// understand" and closes it, the doctor ends. Then the French summary, the bilingual sheet and
// the encrypted session log hold exactly that; the printed page shows only the sheet; axe finds
// nothing on any screen reached.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, compiledText } from './helpers/consultation-driver';
import {
  consentCards,
  endSession,
  expectAxeClean,
  loggedEvents,
  PLAY_TIMEOUT,
  playConsentFlow,
  playPainFlow,
  pushPhrase,
  shoot,
  type ConsentAnswers,
  type PainAnswers,
  useStage,
} from './helpers/consultation-steps';

const PAIN: PainAnswers = { regions: ['belly', 'head'], score: 6, days: 3 };
const CONSENTS: ConsentAnswers = {
  'consent.screen': 'yes',
  'consent.interpreter': 'no',
  'consent.data-on-pc': 'yes',
};
const PHRASE = 'phrase.weigh';
const fr = (cardId: string) => compiledText('fr', cardId);
const yesNoFr = { yes: 'Oui', no: 'Non' } as const;

const cases = [
  { language: 'ar', languageFr: 'Arabe', chosenBy: 'family' },
  { language: 'ti', languageFr: 'Tigrigna', chosenBy: 'family' },
  { language: 'fr', languageFr: 'Français', chosenBy: 'doctor' },
] as const;

describe.skipIf(!chromiumAvailable()).each(cases)(
  'a whole consultation in $languageFr',
  ({ language, languageFr, chosenBy }) => {
    const stage = useStage();

    it(
      'runs from the first tap to the end, every screen axe-clean',
      async () => {
        const { doctor, family, driver } = stage;
        await expectAxeClean(doctor, 'doctor home');
        await expectAxeClean(family, 'family welcome');
        await doctor.getByLabel('Bilan de santé du nourrisson', { exact: true }).check();
        if (chosenBy === 'doctor')
          await doctor.getByTestId('doctor-language').selectOption(language);
        await doctor.getByRole('button', { name: '2. Commencer' }).click();
        await doctor.getByRole('heading', { name: 'Consultation en cours' }).waitFor();
        if (chosenBy === 'family') {
          await family.locator('button.language-tile').first().waitFor();
          await expectAxeClean(family, `family language picker (${language})`);
          await driver.chooseLanguage(language);
        } else {
          await family.getByTestId('language-chosen').waitFor();
          expect(await family.locator('button.language-tile').count()).toBe(0);
        }
        await expect
          .poll(() => doctor.getByTestId('family-language').textContent())
          .toBe(languageFr);
        await expectAxeClean(doctor, 'doctor running session');

        await driver.startFlow('pain-assessment');
        await playPainFlow(driver, PAIN, (kind) =>
          expectAxeClean(family, `family ${kind} card (${language})`),
        );
        await expectAxeClean(family, `family wait screen (${language})`);

        await driver.startFlow('consent');
        await playConsentFlow(driver, CONSENTS);

        await pushPhrase(stage, 'peser', PHRASE);
        await expect(family.getByTestId('pushed-card').textContent()).resolves.toContain(
          compiledText(language, PHRASE),
        );
        await expectAxeClean(family, `family pushed card (${language})`);
        await driver.tap('signal-dont-understand');
        await driver.tap('pushed-close');
        await family.getByTestId('pushed-card').waitFor({ state: 'detached' });
        await driver.waitForFlowEnd();
        await expect
          .poll(() => doctor.getByTestId('timeline').textContent())
          .toMatch(/comprends pas/i);
        await expectAxeClean(doctor, 'doctor session with timeline');

        await endSession(doctor);
        await expectAxeClean(doctor, 'doctor summary');
        await family.getByTestId('family-welcome').waitFor();
      },
      PLAY_TIMEOUT,
    );

    it('writes a French summary with exactly what happened', async () => {
      const text = (await stage.doctor.getByTestId('summary-text').textContent()) ?? '';
      // Consent times vary: written as HHhMM, checked for their shape.
      const lines = text.split('\n').map((line) => line.replace(/\(\d{2}h\d{2}\)$/, '(HHhMM)'));
      expect(lines[0]).toBe('Consultation : Bilan de santé du nourrisson');
      expect(lines[1]).toBe(`Langue de la famille : ${languageFr}`);
      expect(lines[2]).toMatch(/^Début : \d{2}h\d{2} — durée : \d+ min$/);
      const consentAnswers = consentCards.map(
        (card) => `  - ${fr(card)} → ${yesNoFr[CONSENTS[card]]}`,
      );
      expect(lines.slice(3)).toEqual([
        '',
        'Évaluation de la douleur :',
        `  - ${fr('pain.question')} → Oui`,
        `  - ${fr('pain.where')} → ventre, tête`,
        `  - ${fr('pain.how-much')} → Douleur 6/10`,
        `  - ${fr('question.since-days')} → 3 jours`,
        '',
        'Consentements :',
        ...consentAnswers,
        '',
        'Douleur : 6/10 — zones : ventre, tête',
        '',
        'Consentements :',
        ...consentAnswers.map((line) => `${line} (HHhMM)`),
        '',
        'Interprète : non',
        'Phrases montrées à la famille :',
        `  - ${fr(PHRASE)}`,
        'Signaux de la famille : « je ne comprends pas » ×1, « répéter » ×0, « interprète » ×0, « stop » ×0',
      ]);
    });

    it('prints a bilingual sheet with the pushed phrase in both languages', async () => {
      const sheet = stage.doctor.getByTestId('take-home-sheet');
      const item = sheet.locator(`[data-card-id="${PHRASE}"]`);
      expect(await item.locator('.sheet-french').textContent()).toBe(fr(PHRASE));
      // A French-reading family gets its French once, not the same line twice.
      if (language === 'fr') expect(await item.locator('.sheet-family').count()).toBe(0);
      else {
        const familyText = item.locator('.sheet-family');
        expect(await familyText.textContent()).toBe(compiledText(language, PHRASE));
        expect(await familyText.getAttribute('lang')).toBe(language);
      }
      // Only what the family was shown: the phrase and the information cards of its flows.
      const shown = await sheet
        .locator('[data-card-id]')
        .evaluateAll((items) => items.map((element) => element.getAttribute('data-card-id')));
      expect(shown[0]).toBe(PHRASE);
      expect(shown.every((id) => id === PHRASE || /^(info|consent)\./.test(id ?? ''))).toBe(true);
    });

    it('shows only the sheet on the printed page', async () => {
      const { doctor } = stage;
      await doctor.emulateMedia({ media: 'print' });
      try {
        await shoot(doctor, `print-${language}`, true);
        expect(await doctor.locator('header.doctor-header').isVisible()).toBe(false);
        expect(await doctor.getByTestId('summary-text').isVisible()).toBe(false);
        expect(await doctor.getByTestId('print-sheet').isVisible()).toBe(false);
        expect(await doctor.getByRole('button', { name: 'Copier le résumé' }).isVisible()).toBe(
          false,
        );
        expect(await doctor.getByTestId('take-home-sheet').isVisible()).toBe(true);
      } finally {
        await doctor.emulateMedia({ media: 'screen' });
      }
    });

    it('logs the matching events, in order, in the encrypted session log', () => {
      const events = loggedEvents(stage.app).filter((event) => event.type !== 'card.shown');
      const answerIn = (flowId: string) => (stepId: string, cardId: string, value: unknown) => ({
        type: 'answer.given',
        data: { flowId, stepId, cardId, answer: value },
      });
      const pain = answerIn('pain-assessment');
      const answer = answerIn('consent');
      const consent = (stepId: string, card: (typeof consentCards)[number]) => [
        answer(stepId, card, { kind: 'yes-no', value: CONSENTS[card] }),
        { type: 'consent.given', data: { flowId: 'consent', cardId: card, value: CONSENTS[card] } },
      ];
      const next = (stepId: string, cardId: string) => answer(stepId, cardId, { kind: 'none' });
      expect(events).toEqual([
        { type: 'session.started', data: { consultationType: 'infant-checkup' } },
        { type: 'language.chosen', data: { language } },
        { type: 'flow.started', data: { flowId: 'pain-assessment' } },
        pain('has-pain', 'pain.question', { kind: 'yes-no', value: 'yes' }),
        pain('where', 'pain.where', { kind: 'body-map', regions: [...PAIN.regions] }),
        pain('how-much', 'pain.how-much', { kind: 'pain-scale', value: PAIN.score }),
        pain('since', 'question.since-days', { kind: 'number', value: PAIN.days }),
        pain('examine', 'info.doctor-examines', { kind: 'none' }),
        { type: 'flow.finished', data: { flowId: 'pain-assessment' } },
        { type: 'flow.started', data: { flowId: 'consent' } },
        next('screen-explain', 'consent.screen-explain'),
        ...consent('screen', 'consent.screen'),
        next('interpreter-explain', 'consent.interpreter-explain'),
        next('interpreter-secret', 'consent.interpreter-secret'),
        next('interpreter-family', 'consent.interpreter-family'),
        ...consent('interpreter', 'consent.interpreter'),
        next('interpreter-no', 'consent.change-mind'),
        next('data-explain', 'consent.data-explain'),
        next('data-deleted', 'consent.data-deleted'),
        ...consent('data-on-pc', 'consent.data-on-pc'),
        next('thanks', 'consent.thanks'),
        { type: 'flow.finished', data: { flowId: 'consent' } },
        { type: 'phrase.pushed', data: { cardId: PHRASE, by: 'doctor' } },
        { type: 'family.signal', data: { signal: 'dont-understand', cardId: PHRASE } },
        { type: 'phrase.dismissed', data: { cardId: PHRASE } },
        { type: 'session.ended', data: {} },
      ]);
    });
  },
);
