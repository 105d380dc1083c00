// languages.json against the app's own list (shared/domain/languages.ts) and against facts of
// each script: an RTL script declared LTR would lay out a whole consultation backwards.
import { languageInfo, languages as appLanguages } from '../../shared/domain/languages';
import { bundledFont, scriptDirection } from '../../shared/content/language';
import type { Issue } from './issue';
import type { LoadedPack } from './load-pack';

export function checkLanguages(pack: LoadedPack, cardIds: ReadonlySet<string>): Issue[] {
  if (!pack.languages) return [];
  const { file, data } = pack.languages;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const language of data.languages) {
    const at = { file, id: language.code, language: language.code };
    if (seen.has(language.code)) {
      issues.push({ ...at, code: 'DUPLICATE_ID', message: 'language listed twice' });
    }
    seen.add(language.code);
    const app = languageInfo(language.code);
    if (
      language.direction !== app.direction ||
      language.direction !== scriptDirection[language.script]
    ) {
      issues.push({
        ...at,
        code: 'WRONG_DIRECTION',
        message: `direction "${language.direction}" but ${language.script} script and the app say "${app.direction}"`,
      });
    }
    if (language.script !== app.script) {
      issues.push({
        ...at,
        code: 'WRONG_SCRIPT',
        message: `script ${language.script}, app says ${app.script}`,
      });
    }
    const font = bundledFont(language.code, language.script);
    if (language.fontFamily !== font) {
      issues.push({
        ...at,
        code: 'WRONG_FONT',
        message: `font "${language.fontFamily}" is not the bundled "${font}"`,
      });
    }
    if (!cardIds.has(language.greetingCard)) {
      issues.push({
        ...at,
        code: 'UNKNOWN_CARD',
        message: `greeting card ${language.greetingCard} does not exist`,
      });
    }
  }
  for (const app of appLanguages) {
    if (!seen.has(app.code)) {
      issues.push({
        file,
        language: app.code,
        code: 'MISSING_LANGUAGE',
        message: `${app.frenchName} is not in the pack`,
      });
    }
  }
  return issues;
}
