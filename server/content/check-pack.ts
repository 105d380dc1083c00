// The whole check: load, then every rule; issues sorted by file so the output reads top-down.
import { cardFiles, checkCards, checkTexts } from './check-cards';
import { checkFlows } from './check-flows';
import { checkLanguages } from './check-languages';
import { checkPictograms } from './check-pictograms';
import type { Issue } from './issue';
import { loadPack, type LoadedPack, type PackPaths } from './load-pack';

export function checkLoadedPack(pack: LoadedPack): Issue[] {
  const cardIds = new Set(cardFiles(pack).keys());
  const issues = [
    ...pack.issues,
    ...checkLanguages(pack, cardIds),
    ...checkCards(pack),
    ...checkTexts(pack),
    ...checkFlows(pack, cardIds),
    ...checkPictograms(pack),
  ];
  return issues.sort((a, b) => a.file.localeCompare(b.file));
}

export function checkPack(paths: PackPaths): Issue[] {
  return checkLoadedPack(loadPack(paths));
}
