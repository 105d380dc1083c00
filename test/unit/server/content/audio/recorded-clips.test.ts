import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withSyntheticAudio } from '../../../../../server/content/audio/attach-audio';
import {
  findRecordedClips,
  recordedFile,
} from '../../../../../server/content/audio/recorded-clips';
import { audioOf } from '../../../../../server/content/bundle/compile-bundle';
import type { Card } from '../../../../../shared/content/card';
import type { LanguageMeta } from '../../../../../shared/content/language';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** assets/audio/recorded as a recording session leaves it, with a few stray files. */
function recordedFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recorded-'));
  dirs.push(dir);
  for (const [folder, name] of [
    ['fr', 'answer.yes.ogg'],
    ['fr', 'notes.txt'], // not a clip
    ['fr', 'Bad Name.ogg'], // not a card id
    ['xx', 'answer.yes.ogg'], // not a language
  ] as const) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, name), 'OggS');
  }
  return dir;
}

const draft = { status: 'draft' } as const;
const cards: Card[] = [
  {
    id: 'answer.yes',
    role: 'answer',
    pictograms: ['check-mark'],
    text: { fr: { text: 'Oui', review: draft }, en: { text: 'Yes', review: draft } },
  },
];
function language(code: 'fr' | 'en', voice: string): LanguageMeta {
  return {
    code,
    nativeName: code,
    frenchName: code,
    script: 'Latn',
    direction: 'ltr',
    fontFamily: 'Noto Sans',
    voice: { engine: 'espeak-ng', voice, kind: 'native' },
    greetingCard: 'greeting.language',
  };
}
const languages = [language('fr', 'fr-fr'), language('en', 'en-gb')];

describe('recorded clips', () => {
  it('finds <language>/<card>.ogg files and ignores anything else', () => {
    expect([...findRecordedClips(recordedFixture())]).toEqual(['fr/answer.yes']);
    expect(findRecordedClips('/nonexistent').size).toBe(0);
  });

  it('override the synthetic clip for that card and language only', () => {
    const [card] = withSyntheticAudio(cards, languages, findRecordedClips(recordedFixture()));
    const fr = card?.text.fr;
    const en = card?.text.en;
    expect(fr?.audio).toEqual({ kind: 'recorded', file: recordedFile('fr', 'answer.yes') });
    expect(en?.audio).toMatchObject({ kind: 'synthetic', voice: 'en-gb' });
    // What the screens get: a URL the web shell and app:// both serve.
    expect(fr && audioOf(fr)).toEqual({
      kind: 'recorded',
      src: 'audio/recorded/fr/answer.yes.ogg',
    });
    const enAudio = en && audioOf(en);
    expect(enAudio?.kind === 'synthetic' && enAudio.src).toMatch(
      /^audio\/en\/answer\.yes\.[0-9a-f]{16}\.ogg$/,
    );
  });

  it('leave every synthetic clip in place when none is recorded', () => {
    const [card] = withSyntheticAudio(cards, languages, new Set());
    expect(card?.text.fr?.audio?.kind).toBe('synthetic');
  });
});
