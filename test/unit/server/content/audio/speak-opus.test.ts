// Runs the real espeak-ng and opusenc (Debian packages espeak-ng, opus-tools). On CI they are
// installed by .ci/run, so there a missing tool fails the test instead of skipping it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type * as NodeOs from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlannedClip } from '../../../../../server/content/audio/plan-clips';
import { BACKGROUND_PRIORITY, espeakToOpus } from '../../../../../server/content/audio/speak-opus';

// The real setPriority, watched: which processes a clip made ahead of time lowers.
const priorities = vi.hoisted(() => [] as [number, number][]);
vi.mock('node:os', async (importOriginal) => {
  const os = await importOriginal<typeof NodeOs>();
  return {
    ...os,
    setPriority: (pid: number, priority: number) => {
      priorities.push([pid, priority]);
      os.setPriority(pid, priority);
    },
  };
});

function installed(program: string): boolean {
  try {
    execFileSync(program, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const tools = installed('espeak-ng') && installed('opusenc');
const runIt = tools || process.env.CI ? it : it.skip;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const clip: PlannedClip = {
  card: 'answer.yes',
  language: 'fr',
  voice: 'fr-fr',
  borrowed: false,
  // A leading dash and shell characters: passed as data, never as an option or to a shell.
  text: '-Oui ; $(echo non)',
  file: 'fr/answer.yes.0123456789abcdef.ogg',
};

describe('espeakToOpus', () => {
  runIt('makes a clip ahead of time at the lowest CPU priority, the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speak-'));
    dirs.push(dir);
    priorities.length = 0;
    await espeakToOpus(clip, join(dir, 'now.ogg'));
    expect(priorities).toEqual([]);
    await espeakToOpus(clip, join(dir, 'ahead.ogg'), { background: true });
    // Both espeak-ng and opusenc, each its own process.
    expect(priorities).toHaveLength(2);
    expect(new Set(priorities.map(([pid]) => pid)).size).toBe(2);
    expect(priorities.every(([, priority]) => priority === BACKGROUND_PRIORITY)).toBe(true);
    expect(readFileSync(join(dir, 'ahead.ogg')).equals(readFileSync(join(dir, 'now.ogg')))).toBe(
      true,
    );
  });

  runIt('writes a small Ogg/Opus clip, the same bytes every time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speak-'));
    dirs.push(dir);
    await espeakToOpus(clip, join(dir, 'a', 'one.ogg'));
    await espeakToOpus(clip, join(dir, 'a', 'two.ogg'));
    const one = readFileSync(join(dir, 'a', 'one.ogg'));
    expect(one.subarray(0, 4).toString()).toBe('OggS');
    expect(one.includes(Buffer.from('OpusHead'))).toBe(true);
    expect(one.length).toBeGreaterThan(1000);
    expect(one.length).toBeLessThan(30_000);
    expect(readFileSync(join(dir, 'a', 'two.ogg')).equals(one)).toBe(true);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['one.ogg', 'two.ogg']); // no .part left
  });

  runIt('fails on an unknown voice and leaves no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speak-'));
    dirs.push(dir);
    await expect(espeakToOpus({ ...clip, voice: 'zz-nope' }, join(dir, 'x.ogg'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
