// The web shell's audio wiring: clips served beside the pages, a chosen language pre-warmed,
// and a machine without espeak-ng starting anyway, saying so.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeEventListener, LocalService } from '../../../../server/local/local-service';
import { startWebShell } from '../../../../server/web-shell/web-shell-server';
import { fixtureFile, writeFixtureBundle } from '../content/audio/bundle-fixture';

function installed(program: string): boolean {
  try {
    execFileSync(program, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
// Real espeak-ng + opusenc; on CI (.ci/run installs them) a missing tool fails instead.
const withTools =
  installed('espeak-ng') && installed('opusenc') ? it : process.env.CI ? it : it.skip;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  vi.restoreAllMocks();
});

function fakeService(): LocalService & { emit: BridgeEventListener } {
  const listeners = new Set<BridgeEventListener>();
  return {
    dispatch: () => Promise.reject(new Error('not used')),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => undefined,
    databasePath: ':memory:',
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
  };
}

async function start(env: { PATH?: string } = {}) {
  const staticDir = writeFixtureBundle();
  const root = mkdtempSync(join(tmpdir(), 'web-shell-audio-'));
  // Kept until the test ends: the tools check runs a few seconds after the start.
  const savedPath = process.env.PATH;
  if (env.PATH !== undefined) process.env.PATH = env.PATH;
  cleanups.push(() => {
    process.env.PATH = savedPath;
  });
  const service = fakeService();
  const shell = await startWebShell({
    port: 0,
    staticDir,
    service,
    audioDirs: { cacheDir: join(root, 'cache'), recordedDir: join(root, 'recorded') },
  });
  cleanups.push(() => {
    rmSync(staticDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });
  cleanups.push(() => shell.close());
  return { shell, service, cacheDir: join(root, 'cache') };
}

describe('the web shell and audio', () => {
  it('starts without espeak-ng, says audio is unavailable and answers 503 for a new clip', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const { shell } = await start({ PATH: '/nonexistent' });
    expect(await shell.audio).toMatchObject({ available: false });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Audio unavailable: espeak-ng'));
    const response = await fetch(`${shell.origin}/audio/${fixtureFile('fr', 'answer.yes')}`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'AUDIO_UNAVAILABLE' });
    // The pages are still served around it.
    expect((await fetch(`${shell.origin}/content/pack.json`)).status).toBe(200);
  });

  it('routes /audio/ to the clip route, with the security headers', async () => {
    const { shell } = await start();
    const response = await fetch(`${shell.origin}/audio/fr/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'AUDIO_BAD_PATH' });
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  withTools('pre-warms a language as soon as the family chooses it', async () => {
    const { service, cacheDir } = await start();
    service.emit('session.changed', {
      session: {
        id: '00000000-0000-4000-8000-000000000000',
        consultationType: 'vaccination',
        language: 'prs',
        startedAt: new Date().toISOString(),
        endedAt: null,
      },
      ended: null,
    });
    const files = [fixtureFile('prs', 'greeting.language'), fixtureFile('prs', 'answer.yes')];
    await expect
      .poll(() => files.every((file) => existsSync(join(cacheDir, file))), { timeout: 15_000 })
      .toBe(true);
  });
});
