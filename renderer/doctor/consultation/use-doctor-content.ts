// The content the doctor's screens need: the pack, the French texts, and the family's
// language texts (for the mirror of the family screen and the take-home sheet).
import type { PackBundle, TextBundle } from '../../../shared/content/bundle';
import type { LanguageCode } from '../../../shared/domain/languages';
import { usePack, useTexts } from '../../content/use-content';

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
