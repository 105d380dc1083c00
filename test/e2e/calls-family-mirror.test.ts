// Dual screen: the interpreter's video reaches the family's own page through the local mirror
// (a second RTCPeerConnection from the doctor's page, signalled over the bridge). Real app of
// `npm start` (web shell, embedded demo hub), real Chromium, the demo interpreter. Frames are
// proved by the family page's getStats() counters, never by `stream` events; the video sits
// beside the card without covering the answers (on the left in Arabic, on the right in the
// left-to-right Tigrinya), is muted, axe-clean, gives way to an audio-only sign while the
// interpreter is audio-only, and goes away when the doctor hangs up.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageInfo, type LanguageCode } from '../../shared/domain/languages';
import { chooseAudioOnly, launchCallBrowser, newCallContext } from './helpers/calls-browser';
import { waitForMedia } from './helpers/calls-media';
import { startApp, type RunningApp } from './helpers/app-process';
import { signInDemoInterpreter } from './helpers/demo-interpreter';
import { chromiumAvailable, ConsultationDriver } from './helpers/consultation-driver';
import { expectAxeClean, shoot } from './helpers/consultation-steps';
import { voiceOnlyText } from './helpers/voice-only-text';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The family's screen as in the clinic: no camera or microphone permission (so Chromium
 * hides its host addresses behind mDNS names), its peer connections kept for getStats(). */
async function familyContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const spy = window as unknown as { __pcs: RTCPeerConnection[] };
    spy.__pcs = [];
    const Native = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends Native {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args);
        spy.__pcs.push(this);
      }
    };
  });
  return context;
}

async function box(page: Page, testId: string): Promise<Box> {
  const found = await page.getByTestId(testId).first().boundingBox();
  if (!found) throw new Error(`${testId} is not on screen`);
  return found;
}

interface CallStage {
  app: RunningApp;
  browser: Browser;
  /** Closed after the block. */
  contexts: BrowserContext[];
}

/** The app of `npm start` and a call browser for one describe block. */
function useCallStage(): CallStage {
  const stage = { contexts: [] as BrowserContext[] } as CallStage;
  beforeAll(async () => {
    stage.app = await startApp();
    stage.browser = await launchCallBrowser();
  }, 60_000);
  afterAll(async () => {
    for (const context of stage.contexts) await context.close();
    await stage.browser.close();
    await stage.app.stop();
  });
  return stage;
}

/** A consultation in `language` on the doctor's and the family's pages, then an accepted
 * call from the demo interpreter (who may have chosen audio-only in their device setup). */
async function startCall(
  { app, browser, contexts }: CallStage,
  language: LanguageCode,
  options: { interpreterAudioOnly?: boolean } = {},
) {
  const [doctorCtx, familyCtx, interpreterCtx] = await Promise.all([
    newCallContext(browser),
    familyContext(browser),
    newCallContext(browser),
  ]);
  contexts.push(doctorCtx, familyCtx, interpreterCtx);
  if (options.interpreterAudioOnly) await chooseAudioOnly(interpreterCtx);

  const interpreter = await signInDemoInterpreter(app, interpreterCtx);

  const doctor = await doctorCtx.newPage();
  await doctor.goto(app.doctorUrl);
  const family = await familyCtx.newPage();
  await family.goto(app.familyUrl);
  const driver = new ConsultationDriver(doctor, family);
  await doctor.getByLabel('Bilan de santé du nourrisson', { exact: true }).check();
  await doctor.getByRole('button', { name: '2. Commencer' }).click();
  await driver.chooseLanguage(language);
  await driver.startFlow('pain-assessment');
  await family.getByTestId('answer-yes').waitFor();
  // No call, no video (and no mirror connection).
  expect(await family.getByTestId('interpreter-video').count()).toBe(0);

  const languageName = languageInfo(language).frenchName.toLowerCase();
  await doctor.getByRole('button', { name: `Appeler un·e interprète en ${languageName}` }).click();
  await interpreter.getByRole('button', { name: 'Accepter' }).click();
  await doctor.getByText('En appel avec Interprète de démonstration').waitFor();
  return { doctor, family, interpreter, driver };
}

describe
  .skipIf(!chromiumAvailable())
  .each<{ language: LanguageCode }>([{ language: 'ar' }, { language: 'ti' }])(
  'the interpreter’s video on the family screen ($language)',
  ({ language }) => {
    const stage = useCallStage();

    it('is mirrored from the doctor’s call, muted, beside the answers, and gone after hang-up', async () => {
      const { doctor, family, interpreter, driver } = await startCall(stage, language);

      // The family page's only peer connection is the mirror: its decoded frames must grow.
      await family.getByTestId('interpreter-video').waitFor({ timeout: 20_000 });
      await waitForMedia(family, 20_000);
      const mirror = await family.evaluate(() => {
        const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
        const video = document.querySelector<HTMLVideoElement>(
          '[data-testid="interpreter-video"] video',
        );
        const stream = video?.srcObject as MediaStream | null;
        return {
          connections: pcs.length,
          state: pcs.at(-1)?.connectionState,
          muted: video?.muted,
          audioTracks: stream?.getAudioTracks().length,
          videoTracks: stream?.getVideoTracks().length,
          playing: video ? !video.paused && video.videoWidth > 0 : false,
        };
      });
      expect(mirror).toMatchObject({
        state: 'connected',
        muted: true,
        audioTracks: 0,
        videoTracks: 1,
      });
      await family.waitForFunction(() => {
        const video = document.querySelector<HTMLVideoElement>(
          '[data-testid="interpreter-video"] video',
        );
        return video !== null && !video.paused && video.videoWidth > 0;
      });

      // Large enough to see a face, beside the card (mirrored in right-to-left languages), and
      // never over an answer.
      const width = family.viewportSize()?.width ?? 0;
      const video = await box(family, 'interpreter-video');
      expect(video.width).toBeGreaterThanOrEqual(220);
      const videoCentre = video.x + video.width / 2;
      if (languageInfo(language).direction === 'rtl') expect(videoCentre).toBeLessThan(width / 2);
      else expect(videoCentre).toBeGreaterThan(width / 2);
      for (const answer of ['answer-yes', 'answer-no']) {
        expect(overlaps(video, await box(family, answer)), answer).toBe(false);
      }
      await expectAxeClean(family, `family screen with the interpreter's video (${language})`);
      await shoot(family, `family-${language}-interpreter-video`);
      await shoot(doctor, `doctor-${language}-call-with-family-mirror`);
      // Tablet portrait: the video goes above the card, still face-sized, still off the answers.
      await family.setViewportSize({ width: 800, height: 1200 });
      const stacked = await box(family, 'interpreter-video');
      expect(stacked.width).toBeGreaterThanOrEqual(220);
      for (const answer of ['answer-yes', 'answer-no']) {
        expect(overlaps(stacked, await box(family, answer)), `${answer} (portrait)`).toBe(false);
      }
      await shoot(family, `family-${language}-interpreter-video-portrait`);
      await family.setViewportSize({ width: 1280, height: 900 });

      // The interpreter goes audio-only: no black box on the family screen but the sign that
      // they are there by voice, labelled in the family's language, where the video was; the
      // mirror stops (no black frames sent); axe-clean. Their video comes back after.
      await interpreter.getByRole('button', { name: 'Passer en audio seul', exact: true }).click();
      await family.getByTestId('interpreter-audio-only').waitFor({ timeout: 20_000 });
      await family.getByTestId('interpreter-video').waitFor({ state: 'detached' });
      const sign = family.getByTestId('interpreter-audio-only').getByRole('img');
      expect(await sign.getAttribute('aria-label')).toBe(voiceOnlyText(language));
      const signBox = await box(family, 'interpreter-audio-only');
      const signCentre = signBox.x + signBox.width / 2;
      if (languageInfo(language).direction === 'rtl') expect(signCentre).toBeLessThan(width / 2);
      else expect(signCentre).toBeGreaterThan(width / 2);
      for (const answer of ['answer-yes', 'answer-no']) {
        expect(overlaps(signBox, await box(family, answer)), `${answer} (audio only)`).toBe(false);
      }
      await family.waitForFunction(() => {
        const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
        return pcs.every((pc) => pc.connectionState === 'closed');
      });
      await expectAxeClean(family, `family screen, interpreter audio-only (${language})`);
      await shoot(family, `family-${language}-interpreter-audio-only`);
      await interpreter.getByRole('button', { name: 'Revenir à la vidéo', exact: true }).click();
      await family.getByTestId('interpreter-video').waitFor({ timeout: 20_000 });
      await waitForMedia(family, 20_000);
      expect(await family.getByTestId('interpreter-audio-only').count()).toBe(0);

      // The family can still answer while the video shows.
      await driver.answerYesNo('yes');
      await driver.waitForCard('pain.where');
      expect(await family.getByTestId('interpreter-video').count()).toBe(1);

      // A reloaded family page is a new screen: the doctor's page offers to it again, and
      // the call's badge is back at once (its state read over the bridge, not awaited).
      await family.reload();
      await family.getByRole('img', { name: 'Interprète en ligne' }).waitFor({ timeout: 10_000 });
      await family.getByTestId('interpreter-video').waitFor({ timeout: 20_000 });
      await waitForMedia(family, 20_000);

      await doctor.getByRole('button', { name: 'Raccrocher' }).click();
      await family.getByTestId('interpreter-video').waitFor({ state: 'detached' });
      await family.waitForFunction(() => {
        const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
        return pcs.every((pc) => pc.connectionState === 'closed');
      });
      // The family screen itself goes on.
      await family.getByTestId('help-bar').or(family.locator('.help-bar')).first().waitFor();
    }, 150_000);
  },
);

describe.skipIf(!chromiumAvailable())('an interpreter who joined audio-only', () => {
  const stage = useCallStage();

  it('shows the family the audio-only sign from the start, never a video box', async () => {
    const language = 'ar';
    const { doctor, family } = await startCall(stage, language, {
      interpreterAudioOnly: true,
    });
    // Said on the data channel as it opens (no video track at all, no toggle pressed).
    await doctor.getByText('L’interprète est passé·e en audio seul.').waitFor({ timeout: 20_000 });
    await family.getByTestId('interpreter-audio-only').waitFor({ timeout: 20_000 });
    const sign = family.getByTestId('interpreter-audio-only').getByRole('img');
    expect(await sign.getAttribute('aria-label')).toBe(voiceOnlyText(language));
    expect(await family.getByTestId('interpreter-video').count()).toBe(0);
    await expectAxeClean(family, 'family screen, interpreter joined audio-only');
    // Reloaded mid-call, the page knows at once: nothing about the call changes meanwhile.
    await family.reload();
    await family.getByTestId('interpreter-audio-only').waitFor({ timeout: 10_000 });
    expect(await family.getByTestId('interpreter-video').count()).toBe(0);

    await doctor.getByRole('button', { name: 'Raccrocher' }).click();
    await family.getByTestId('interpreter-audio-only').waitFor({ state: 'detached' });
  }, 150_000);
});
