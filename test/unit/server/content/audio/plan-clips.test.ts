import { describe, expect, it } from 'vitest';
import type { Card } from '../../../../../shared/content/card';
import type { LanguageMeta } from '../../../../../shared/content/language';
import { clipHash, planClips } from '../../../../../server/content/audio/plan-clips';

const draft = { status: 'draft' } as const;
const card: Card = {
  id: 'answer.yes',
  role: 'answer',
  pictograms: ['check-mark'],
  text: {
    fr: { text: 'Oui', review: draft, audio: { kind: 'recorded', file: 'fr/answer.yes.ogg' } },
    prs: { text: 'بلی', review: draft },
    ti: { text: 'እወ', review: draft },
  },
};
function language(code: 'fr' | 'prs' | 'ti', voice: LanguageMeta['voice']): LanguageMeta {
  return {
    code,
    nativeName: code,
    frenchName: code,
    script: 'Latn',
    direction: 'ltr',
    fontFamily: 'Noto Sans',
    voice,
    greetingCard: 'greeting.language',
  };
}

describe('planClips', () => {
  it('plans a clip per card and voiced language, skipping recorded clips and voiceless languages', () => {
    const clips = planClips(
      [card],
      [
        language('fr', { engine: 'espeak-ng', voice: 'fr-fr', kind: 'native' }),
        language('prs', { engine: 'espeak-ng', voice: 'fa', kind: 'borrowed' }),
        language('ti', null),
      ],
      'espeak-ng-1.51',
    );
    expect(clips).toEqual([
      {
        card: 'answer.yes',
        language: 'prs',
        voice: 'fa',
        borrowed: true,
        text: 'بلی',
        file: `prs/answer.yes.${clipHash('بلی', 'fa', 'espeak-ng-1.51')}.ogg`,
      },
    ]);
  });

  it('names a clip after its text, voice and engine', () => {
    const hash = clipHash('Oui', 'fr-fr', 'e1');
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(clipHash('Oui !', 'fr-fr', 'e1')).not.toBe(hash);
    expect(clipHash('Oui', 'fr-be', 'e1')).not.toBe(hash);
    expect(clipHash('Oui', 'fr-fr', 'e2')).not.toBe(hash);
  });
});
