import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClipIndex } from '../../../../../server/content/audio/clip-index';
import { fixtureFile, writeFixtureBundle } from './bundle-fixture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadClipIndex', () => {
  it('lists the synthetic clips of the compiled bundle, per language, with the greetings', () => {
    const dir = writeFixtureBundle();
    dirs.push(dir);
    const index = loadClipIndex(dir);
    expect([...index.clips.keys()].sort()).toEqual(
      [
        fixtureFile('fr', 'greeting.language'),
        fixtureFile('fr', 'answer.yes'),
        fixtureFile('fr', 'symptoms.fever'),
        fixtureFile('prs', 'greeting.language'),
        fixtureFile('prs', 'answer.yes'),
      ].sort(),
    );
    expect(index.clips.get(fixtureFile('prs', 'answer.yes'))).toMatchObject({
      language: 'prs',
      voice: 'fa',
      borrowed: true,
      text: 'بلی',
    });
    expect(index.byLanguage.get('fr')).toHaveLength(3);
    expect(index.byLanguage.has('ps')).toBe(false);
    expect(index.greetings).toEqual([
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
    expect(loadClipIndex(dir).clips.has(fixtureFile('fr', 'answer.yes'))).toBe(false);
  });

  it('is empty before the bundle is built', () => {
    expect(loadClipIndex('/nonexistent').clips.size).toBe(0);
  });
});
