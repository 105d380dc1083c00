// The content the doctor's screens need: the pack, the French texts, and the family's
// language texts (for the mirror of the family screen and the take-home sheet).
import type { PackBundle, TextBundle } from '../../../shared/content/bundle';
import type { LanguageCode } from '../../../shared/domain/languages';
import { usePack, useTexts, type Loaded } from '../../content/use-content';

export interface DoctorContent {
  pack: PackBundle;
  french: TextBundle;
  family: TextBundle | null;
  fr: (cardId: string) => string;
}

export function useDoctorContent(language: LanguageCode | null): DoctorContent | null {
  const pack = usePack();
  const french = useTexts('fr');
  const family = useTexts(language);
  if (pack.status !== 'ready' || french.status !== 'ready') return null;
  const frTexts = french.value.texts;
  return {
    pack: pack.value,
    french: french.value,
    family: family.status === 'ready' ? family.value : null,
    fr: (cardId) => frTexts[cardId]?.text ?? cardId,
  };
}

/** The first content file that failed to load (its reason, code first), or null. */
export function firstFailure(loads: readonly Loaded<unknown>[]): string | null {
  for (const loaded of loads) if (loaded.status === 'failed') return loaded.message;
  return null;
}

/**
 * Why the content the doctor or the family needs did not load: the pack, the French texts or
 * the family's language (then the family's screen shows an alert instead of the questions).
 * The requests are the ones useDoctorContent and the family page share (load-content.ts).
 */
export function useContentFailure(language: LanguageCode | null): string | null {
  const pack = usePack();
  const french = useTexts('fr');
  const family = useTexts(language);
  return firstFailure([pack, french, family]);
}
