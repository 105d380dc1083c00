// Cards and their texts: unique ids, known pictograms, every card translated into every language
// of the pack, in that language's script, and no text for a card that does not exist.
import { basename } from 'node:path';
import type { LanguageCode } from '../../shared/domain/languages';
import { scriptLetter, type LanguageMeta } from '../../shared/content/language';
import type { Issue } from './issue';
import type { LoadedPack } from './load-pack';

/** Card id → the cards file that defines it (first definition wins; duplicates are issues). */
export function cardFiles(pack: LoadedPack): Map<string, string> {
  const files = new Map<string, string>();
  for (const { file, data } of pack.cards) {
    for (const card of data.cards) if (!files.has(card.id)) files.set(card.id, file);
  }
  return files;
}

export function checkCards(pack: LoadedPack): Issue[] {
  const issues: Issue[] = [];
  const definedIn = new Map<string, string>();
  const manifest = pack.pictograms?.data.pictograms;
  for (const { file, data } of pack.cards) {
    for (const card of data.cards) {
      const first = definedIn.get(card.id);
      if (first) {
        issues.push({
          file,
          id: card.id,
          code: 'DUPLICATE_ID',
          message: `card also defined in ${first}`,
        });
      } else {
        definedIn.set(card.id, file);
      }
      for (const pictogram of card.pictograms) {
        if (manifest && !Object.hasOwn(manifest, pictogram)) {
          issues.push({
            file,
            id: card.id,
            code: 'UNKNOWN_PICTOGRAM',
            message: `pictogram ${pictogram} is not in pictograms/manifest.json`,
          });
        }
      }
    }
  }
  return issues;
}

export function checkTexts(pack: LoadedPack): Issue[] {
  const issues: Issue[] = [];
  const cards = cardFiles(pack);
  const metas = new Map<string, LanguageMeta>(
    (pack.languages?.data.languages ?? []).map((meta) => [meta.code, meta]),
  );
  const translated = new Map<LanguageCode, Map<string, string>>();
  for (const { file, data } of pack.texts) {
    const folder = file.split('/')[1];
    if (folder !== data.language) {
      issues.push({
        file,
        language: data.language,
        code: 'SCHEMA',
        message: `language "${data.language}" in folder "${folder ?? ''}"`,
      });
    }
    const done = translated.get(data.language) ?? new Map<string, string>();
    translated.set(data.language, done);
    const meta = metas.get(data.language);
    for (const [id, translation] of Object.entries(data.texts)) {
      const at = { file, id, language: data.language };
      if (!cards.has(id))
        issues.push({
          ...at,
          code: 'UNKNOWN_CARD',
          message: 'text for a card that does not exist',
        });
      const other = done.get(id);
      if (other)
        issues.push({ ...at, code: 'DUPLICATE_ID', message: `also translated in ${other}` });
      done.set(id, file);
      if (meta && !scriptLetter[meta.script].test(translation.text)) {
        issues.push({
          ...at,
          code: 'WRONG_SCRIPT',
          message: `text has no ${meta.script} letter: "${translation.text}"`,
        });
      }
    }
  }
  // A text file that failed to load was reported already; its cards are not "missing" on top.
  const unreadable = new Set(pack.issues.map((issue) => issue.file));
  for (const meta of metas.values()) {
    const done = translated.get(meta.code);
    for (const [id, cardsFile] of cards) {
      if (done?.has(id)) continue;
      const file = `text/${meta.code}/${basename(cardsFile)}`;
      if (unreadable.has(file)) continue;
      issues.push({
        file,
        id,
        language: meta.code,
        code: 'MISSING_TRANSLATION',
        message: 'no text for this card',
      });
    }
  }
  return issues;
}
