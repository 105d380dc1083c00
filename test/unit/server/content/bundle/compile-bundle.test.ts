import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AUDIO_ENGINE } from '../../../../../server/content/audio/audio-format';
import { clipFile, clipHash } from '../../../../../server/content/audio/plan-clips';
import type * as RecordedClips from '../../../../../server/content/audio/recorded-clips';
import { audioOf, compileBundle } from '../../../../../server/content/bundle/compile-bundle';
import { loadPack, type PackPaths } from '../../../../../server/content/load-pack';
import { PackBundle, TextBundle } from '../../../../../shared/content/bundle';
import { useTempDir } from '../../../../helpers/temp-dir';

// The repository's recorded clips (assets/audio/recorded) must not leak into the fixture pack.
vi.mock('../../../../../server/content/audio/recorded-clips', async (importOriginal) => ({
  ...(await importOriginal<typeof RecordedClips>()),
  findRecordedClips: () => new Set<string>(),
}));

const fixtures = resolve(import.meta.dirname, '../../../../fixtures/content');
const tempDir = useTempDir('compile-bundle-');

/** The content checker's valid fixture pack, copied so a test may edit it. */
function validPack(edit?: (content: string) => void): PackPaths {
  const root = tempDir();
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  const paths = { content: join(root, 'content'), pictograms: join(root, 'pictograms') };
  edit?.(paths.content);
  return paths;
}

function editJson(file: string, change: (json: Record<string, unknown>) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(file, JSON.stringify(json));
}

const compiled = () => {
  const pack = loadPack(validPack());
  expect(pack.issues).toEqual([]);
  return compileBundle(pack);
};

function textsOf(result: ReturnType<typeof compileBundle>, language: string) {
  const bundle = result.texts.find((candidate) => candidate.language === language);
  if (!bundle) throw new Error(`no text bundle for ${language}`);
  return bundle.texts;
}

const synthetic = (language: string, card: string, text: string, voice: string) =>
  `audio/${clipFile(language, card, clipHash(text, voice, AUDIO_ENGINE))}`;

describe('compileBundle', () => {
  it('produces bundles that pass their own schemas', () => {
    const result = compiled();
    expect(PackBundle.safeParse(result.pack).success).toBe(true);
    for (const text of result.texts) expect(TextBundle.safeParse(text).success).toBe(true);
  });

  it('lists every language of the pack with its greeting', () => {
    const { pack } = compiled();
    const codes = pack.languages.map((language) => language.code);
    expect(codes).toHaveLength(25);
    expect(codes.slice(0, 3)).toEqual(['ar', 'prs', 'fa']);
    expect(codes).toContain('fr');
    const arabic = pack.languages.find((language) => language.code === 'ar');
    expect(arabic).toMatchObject({
      nativeName: 'العربية',
      frenchName: 'Arabe',
      direction: 'rtl',
      fontFamily: 'Noto Sans Arabic',
      greetingCard: 'greeting.language',
      greeting: {
        text: 'هل تتكلم العربية؟ المس هنا.',
        reviewed: false,
        lowConfidence: false,
        audio: {
          kind: 'synthetic',
          src: synthetic('ar', 'greeting.language', 'هل تتكلم العربية؟ المس هنا.', 'ar'),
          borrowed: false,
        },
      },
    });
    // No voice for Tigrinya: its greeting is silent, and flagged low confidence.
    expect(pack.languages.find((language) => language.code === 'ti')?.greeting).toEqual({
      text: 'ትግርኛ ትዛረቡ ዶ? ኣብዚ ትንክፉ።',
      reviewed: false,
      lowConfidence: true,
      audio: { kind: 'none' },
    });
  });

  it('keeps each card with its role and pictograms, and the pictograms as app URLs', () => {
    const { pack } = compiled();
    expect(pack.cards).toEqual({
      'answer.yes': { role: 'answer', pictograms: ['check-mark'] },
      'answer.no': { role: 'answer', pictograms: ['cross-mark'] },
      'answer.dont-know': { role: 'answer', pictograms: ['shrug'] },
      'greeting.language': { role: 'greeting', pictograms: ['waving-hand'] },
    });
    expect(pack.pictograms).toEqual({
      'check-mark': 'pictograms/check-mark.svg',
      'cross-mark': 'pictograms/cross-mark.svg',
      shrug: 'pictograms/shrug.svg',
      'waving-hand': 'pictograms/waving-hand.svg',
    });
  });

  it('copies the flows and the phrasebook as they are', () => {
    const { pack } = compiled();
    expect(pack.flows).toHaveLength(1);
    expect(pack.flows[0]).toMatchObject({
      id: 'check',
      titleFr: 'Flux de test',
      consultationTypes: ['social'],
    });
    expect(pack.flows[0]?.steps.map((step) => [step.id, step.card, step.answer.kind])).toEqual([
      ['greet', 'greeting.language', 'none'],
      ['ok', 'answer.yes', 'yes-no'],
      ['last', 'answer.no', 'none'],
    ]);
    expect(pack.flows[0]?.steps[1]?.branches).toEqual([{ when: { yesNo: 'no' }, goto: 'end' }]);
    expect(pack.phrasebook).toEqual([
      { id: 'basics', titleFr: 'Réponses', kind: 'instructions', cards: ['answer.yes'] },
    ]);
  });

  it('writes one text bundle per language, French first, each with every card', () => {
    const { texts, pack } = compiled();
    const codes = texts.map((text) => text.language);
    expect(codes[0]).toBe('fr');
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(pack.languages.map((language) => language.code).sort());
    for (const text of texts) {
      expect(Object.keys(text.texts).sort(), text.language).toEqual([
        'answer.dont-know',
        'answer.no',
        'answer.yes',
        'greeting.language',
      ]);
    }
  });

  it('marks drafts, low-confidence drafts, and gives each text its audio', () => {
    const result = compiled();
    expect(textsOf(result, 'fr')['answer.yes']).toEqual({
      text: 'Oui',
      reviewed: false,
      lowConfidence: false,
      audio: {
        kind: 'synthetic',
        src: synthetic('fr', 'answer.yes', 'Oui', 'fr-fr'),
        borrowed: false,
      },
    });
    // Dari borrows the Persian voice, and says so.
    expect(textsOf(result, 'prs')['answer.yes']).toEqual({
      text: 'بلی',
      reviewed: false,
      lowConfidence: false,
      audio: {
        kind: 'synthetic',
        src: synthetic('prs', 'answer.yes', 'بلی', 'fa'),
        borrowed: true,
      },
    });
    // Wolof: no voice, drafted without a speaker.
    expect(textsOf(result, 'wo')['answer.no']).toEqual({
      text: 'Déedéet',
      reviewed: false,
      lowConfidence: true,
      audio: { kind: 'none' },
    });
  });

  it('marks reviewed texts, and prefers a recorded clip declared on the text', () => {
    const paths = validPack((content) => {
      editJson(join(content, 'text/en/common.json'), (json) => {
        const texts = json.texts as Record<string, Record<string, unknown>>;
        texts['answer.yes'] = {
          text: 'Yes',
          review: { status: 'reviewed', by: 'A. Reviewer', at: '2026-10-01' },
          audio: { kind: 'recorded', file: 'recorded/en/answer.yes.ogg' },
        };
        texts['answer.no'] = {
          text: 'No',
          review: { status: 'draft', note: 'checked by a colleague, not low confidence' },
        };
      });
    });
    const pack = loadPack(paths);
    expect(pack.issues).toEqual([]);
    const en = textsOf(compileBundle(pack), 'en');
    expect(en['answer.yes']).toEqual({
      text: 'Yes',
      reviewed: true,
      lowConfidence: false,
      audio: { kind: 'recorded', src: 'audio/recorded/en/answer.yes.ogg' },
    });
    // Only a note that starts with "low confidence" flags a draft as such.
    expect(en['answer.no']).toMatchObject({ reviewed: false, lowConfidence: false });
  });

  it('leaves out a text a language lacks instead of inventing one', () => {
    const paths = validPack((content) => {
      editJson(join(content, 'text/so/common.json'), (json) => {
        const texts = json.texts as Record<string, unknown>;
        delete texts['answer.dont-know'];
      });
    });
    const so = textsOf(compileBundle(loadPack(paths)), 'so');
    expect(Object.keys(so).sort()).toEqual(['answer.no', 'answer.yes', 'greeting.language']);
  });

  it('refuses a language whose greeting has no text', () => {
    const paths = validPack((content) => {
      editJson(join(content, 'text/ka/common.json'), (json) => {
        const texts = json.texts as Record<string, unknown>;
        delete texts['greeting.language'];
      });
    });
    expect(() => compileBundle(loadPack(paths))).toThrow('No greeting text for ka.');
  });
});

describe('audioOf', () => {
  const draft = { status: 'draft' } as const;

  it('gives no audio for a text without a clip', () => {
    expect(audioOf({ text: 'Oui', review: draft })).toEqual({ kind: 'none' });
    expect(audioOf({ text: 'Oui', review: draft, audio: { kind: 'none' } })).toEqual({
      kind: 'none',
    });
  });

  it('serves recorded and synthetic clips under audio/', () => {
    expect(
      audioOf({
        text: 'Oui',
        review: draft,
        audio: { kind: 'recorded', file: 'recorded/fr/a.ogg' },
      }),
    ).toEqual({ kind: 'recorded', src: 'audio/recorded/fr/a.ogg' });
    expect(
      audioOf({
        text: 'بلی',
        review: draft,
        audio: {
          kind: 'synthetic',
          file: 'prs/answer.yes.0123456789abcdef.ogg',
          voice: 'fa',
          borrowed: true,
        },
      }),
    ).toEqual({
      kind: 'synthetic',
      src: 'audio/prs/answer.yes.0123456789abcdef.ogg',
      borrowed: true,
    });
  });
});
