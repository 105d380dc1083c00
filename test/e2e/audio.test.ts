// The cards' audio end to end, in Debian's Chromium against the built app: a clip made on
// demand by the web shell plays (time advances, `ended` fires, it decodes to a real duration);
// touching a language tile says the greeting; a card in a voiced language plays on show; a
// Pashto card (no offline voice) shows the "no sound" state with the interpreter offered.
// Doctor actions go straight through the bridge, so this test follows the audio, not the
// doctor's screens. On CI (CI=true) a missing espeak-ng/opusenc fails the run instead of
// skipping it: .ci/run installs them.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_PROTOCOL } from '../../server/web-shell/bridge-socket';
import { startApp, type RunningApp } from './helpers/app-process';
import { launchChromium } from './helpers/browser';

function installed(program: string): boolean {
  try {
    execFileSync(program, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const tools = installed('espeak-ng') && installed('opusenc');
const suite = tools || process.env.CI ? describe : describe.skip;
const cacheDir = join(import.meta.dirname, '../../.cache/audio');

let app: RunningApp;
let browser: Browser;
let doctor: Page;
let family: Page;

/** One bridge call as the doctor, from the doctor's page (same origin, the doctor's token). */
async function doctorCall(method: string, input: unknown): Promise<unknown> {
  const token = new URL(app.doctorUrl).hash.replace('#token=', '');
  const result = await doctor.evaluate(
    async ({ token, method, input, protocol }) => {
      const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/bridge`, [
        protocol,
        `token.${token}`,
      ]);
      await new Promise((resolve, reject) => {
        socket.onopen = resolve;
        socket.onerror = reject;
      });
      const answer = new Promise<unknown>((resolve) => {
        socket.onmessage = (message: MessageEvent<string>) => {
          const frame = JSON.parse(message.data) as { id?: number; result?: unknown };
          if (frame.id === 1) resolve(frame.result);
        };
      });
      socket.send(JSON.stringify({ id: 1, method, input }));
      const value = await answer;
      socket.close();
      return value;
    },
    { token, method, input, protocol: BRIDGE_PROTOCOL },
  );
  const typed = result as { ok: boolean; value?: unknown; error?: unknown };
  if (!typed.ok) throw new Error(`${method}: ${JSON.stringify(typed.error)}`);
  return typed.value;
}

/** Starts a session, picks the language on the family's screen and starts a flow. */
async function startSessionWithFlow(languageTile: RegExp): Promise<string> {
  const session = (await doctorCall('session.start', {
    consultationType: 'pregnancy-followup',
  })) as { id: string };
  await family.getByRole('button', { name: languageTile }).click();
  await family.getByTestId('family-wait').waitFor();
  await doctorCall('consultation.startFlow', {
    sessionId: session.id,
    flowId: 'pregnancy-followup',
  });
  await family.getByTestId('family-card').waitFor();
  return session.id;
}

/** Every media element the page plays, kept on window so the test can watch it. */
function recordPlayedMedia(): void {
  const played: HTMLMediaElement[] = [];
  (window as unknown as { playedMedia: HTMLMediaElement[] }).playedMedia = played;
  const original: unknown = Reflect.get(HTMLMediaElement.prototype, 'play');
  const play = original as (this: HTMLMediaElement) => Promise<void>;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    played.push(this);
    return play.call(this);
  };
}

/** The last media element played: its source, whether time advanced and whether it ended. */
function lastPlayed(page: Page) {
  return page.evaluate(async () => {
    const played = (window as unknown as { playedMedia: HTMLMediaElement[] }).playedMedia;
    const media = played.at(-1);
    if (!media) return null;
    if (!media.ended) {
      await new Promise((resolve) => {
        media.addEventListener('ended', resolve, { once: true });
        setTimeout(resolve, 15_000);
      });
    }
    return {
      src: media.currentSrc,
      ended: media.ended,
      time: media.currentTime,
      error: media.error?.code ?? null,
    };
  });
}

suite('audio', () => {
  beforeAll(async () => {
    expect(
      tools,
      'espeak-ng and opusenc must be installed (apt install espeak-ng opus-tools)',
    ).toBe(true);
    app = await startApp();
    browser = await launchChromium(['--autoplay-policy=no-user-gesture-required']);
    doctor = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    family = await (await browser.newContext()).newPage();
    await family.addInitScript(recordPlayedMedia);
    await doctor.goto(app.doctorUrl);
    await family.goto(app.familyUrl);
  });

  afterAll(async () => {
    await browser.close();
    await app.stop();
  });

  it('makes a card’s clip on demand and it plays in Chromium', async () => {
    const clip = await family.evaluate(async () => {
      const bundle = (await (await fetch('content/text/ar.json')).json()) as {
        texts: Record<string, { audio: { kind: string; src?: string } }>;
      };
      const entry = Object.entries(bundle.texts).find(
        ([card, text]) => card !== 'greeting.language' && text.audio.kind === 'synthetic',
      );
      return entry?.[1].audio.src ?? null;
    });
    expect(clip).toMatch(/^audio\/ar\/.+\.[0-9a-f]{16}\.ogg$/);
    // Not in the cache: this request is what makes it.
    rmSync(join(cacheDir, (clip ?? '').slice('audio/'.length)), { force: true });

    const result = await family.evaluate(async (src) => {
      const started = performance.now();
      const response = await fetch(src);
      const firstByteMs = performance.now() - started;
      const bytes = await response.arrayBuffer();
      const decoded = await new OfflineAudioContext(1, 1, 48_000).decodeAudioData(bytes.slice(0));
      const audio = new Audio(src);
      const times: number[] = [];
      audio.addEventListener('timeupdate', () => {
        times.push(audio.currentTime);
      });
      const ended = new Promise((resolve) => {
        audio.addEventListener('ended', resolve, { once: true });
      });
      await audio.play();
      await ended;
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        firstByteMs,
        decodedSeconds: decoded.duration,
        elementSeconds: audio.duration,
        advanced: times.some((time) => time > 0),
        ended: audio.ended,
      };
    }, clip ?? '');
    console.log(`audio e2e: on-demand clip answered in ${result.firstByteMs.toFixed(0)} ms`);
    expect(result).toMatchObject({ status: 200, type: 'audio/ogg', advanced: true, ended: true });
    expect(result.decodedSeconds).toBeGreaterThan(0.2);
    expect(result.elementSeconds).toBeGreaterThan(0.2);
  });

  it('says the greeting when a family touches its language, then plays the first card', async () => {
    const tile = family.getByRole('button', { name: /العربية/ });
    const greeting = family.waitForResponse((response) =>
      /\/audio\/ar\/greeting\.language\.[0-9a-f]{16}\.ogg$/.test(response.url()),
    );
    const session = (await doctorCall('session.start', {
      consultationType: 'pregnancy-followup',
    })) as { id: string };
    expect(await tile.getAttribute('data-greeting')).toBe('audio');
    await tile.click();
    expect((await greeting).status()).toBeLessThan(300);
    const spoken = await lastPlayed(family);
    expect(spoken?.src).toMatch(/\/audio\/ar\/greeting\.language\./);
    expect(spoken).toMatchObject({ ended: true, error: null });

    // The first card of the flow speaks on show, and its replay button is there.
    await family.getByTestId('family-wait').waitFor();
    await doctorCall('consultation.startFlow', {
      sessionId: session.id,
      flowId: 'pregnancy-followup',
    });
    const card = family.getByTestId('family-card');
    await card.waitFor();
    await expect
      .poll(() => card.locator('.card-audio').getAttribute('data-audio-state'))
      .not.toBe('none');
    expect(await card.locator('button.audio-replay').count()).toBe(1);
    const cardClip = await lastPlayed(family);
    expect(cardClip?.src).toMatch(/\/audio\/ar\/pregnancy\.intro\.[0-9a-f]{16}\.ogg$/);
    expect(cardClip).toMatchObject({ ended: true, error: null });
    await doctorCall('session.end', { sessionId: session.id });
  });

  it('shows the no-audio state on a Pashto card and offers the interpreter', async () => {
    const before = await family.evaluate(
      () => (window as unknown as { playedMedia: HTMLMediaElement[] }).playedMedia.length,
    );
    const sessionId = await startSessionWithFlow(/پښتو/);
    const card = family.getByTestId('family-card');
    const none = card.locator('[data-audio-state="none"]');
    await none.waitFor();
    expect(await none.getByRole('img').getAttribute('aria-label')).toBeTruthy();
    expect(await card.locator('button.audio-replay').count()).toBe(0);
    expect(await none.locator('button.audio-interpreter').count()).toBe(1);
    // Nothing was played for Pashto: neither the tile (no greeting clip) nor the card.
    const after = await family.evaluate(
      () => (window as unknown as { playedMedia: HTMLMediaElement[] }).playedMedia.length,
    );
    expect(after).toBe(before);
    await doctorCall('session.end', { sessionId });
  });
});
