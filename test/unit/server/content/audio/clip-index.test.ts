import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openClipIndex } from '../../../../../server/content/audio/clip-index';
import { textBundlePath } from '../../../../../shared/content/bundle';
import { fixtureFile, writeFixtureBundle } from './bundle-fixture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openClipIndex', () => {
  it('lists the synthetic clips of the compiled bundle, per language, with the greetings', () => {
    const dir = writeFixtureBundle();
    dirs.push(dir);
    const index = openClipIndex(dir);
    expect(
      index
        .clips('fr')
        .map((clip) => clip.file)
        .sort(),
    ).toEqual(
      [
        fixtureFile('fr', 'greeting.language'),
        fixtureFile('fr', 'answer.yes'),
        fixtureFile('fr', 'symptoms.fever'),
      ].sort(),
    );
    expect(
      index
        .clips('prs')
        .map((clip) => clip.file)
        .sort(),
    ).toEqual([fixtureFile('prs', 'greeting.language'), fixtureFile('prs', 'answer.yes')].sort());
    expect(index.clip(fixtureFile('prs', 'answer.yes'))).toMatchObject({
      language: 'prs',
      voice: 'fa',
      borrowed: true,
      text: 'بلی',
    });
    expect(index.clips('ps')).toEqual([]);
    expect(index.clip('ps/answer.yes.0000.ogg')).toBeUndefined();
    expect(index.clip('../etc/passwd')).toBeUndefined();
    expect(index.greetings().map((clip) => clip.file)).toEqual([
      fixtureFile('fr', 'greeting.language'),
      fixtureFile('prs', 'greeting.language'),
    ]);
  });

  it('leaves out a clip whose name no longer matches its text (a stale bundle)', () => {
    const dir = writeFixtureBundle((texts) => {
      const yes = texts[0]?.texts['answer.yes'];
      if (yes) yes.text = 'Oui !';
    });
    dirs.push(dir);
    expect(openClipIndex(dir).clip(fixtureFile('fr', 'answer.yes'))).toBeUndefined();
  });

  it('reads a language only when one of its clips is asked for', () => {
    const dir = writeFixtureBundle();
    dirs.push(dir);
    const index = openClipIndex(dir);
    expect(index.greetings()).toHaveLength(2);
    // Damaging a language file after opening shows whether it was read already.
    writeFileSync(join(dir, textBundlePath('prs')), '{ "broken": ');
    expect(index.clip(fixtureFile('fr', 'answer.yes'))).toBeDefined();
    expect(() => index.clips('prs')).toThrow();
  });

  it('is empty before the bundle is built', () => {
    const index = openClipIndex('/nonexistent');
    expect(index.clips('fr')).toEqual([]);
    expect(index.greetings().map((clip) => clip.file)).toEqual([]);
  });
});
