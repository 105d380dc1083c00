// The family's audio-only sign (shown in the interpreter's video place while they are on
// audio only) is labelled with this content text in the family's language.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LanguageCode } from '../../../shared/domain/languages';

/** The audio-only sign's label in `language`, from the content it is built from. */
export function voiceOnlyText(language: LanguageCode): string {
  const file = fileURLToPath(
    new URL(`../../../assets/content/text/${language}/ui.json`, import.meta.url),
  );
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    texts: Record<string, { text: string } | undefined>;
  };
  const text = parsed.texts['ui.interpreter-voice-only']?.text;
  if (!text) throw new Error(`no ui.interpreter-voice-only text in ${language}`);
  return text;
}
