// Loads a content pack from disk: every file through its schema (shared/content/pack-files.ts).
// Layout: languages.json, phrasebook.json, cards/*.json, text/<language>/*.json, flows/*.json,
// and the pictogram manifest in its own folder (assets/pictograms/ for the shipped pack).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { Flow } from '../../shared/content/flow';
import { LanguagesFile } from '../../shared/content/language';
import { CardsFile, TextFile } from '../../shared/content/pack-files';
import { PhrasebookFile } from '../../shared/content/phrasebook';
import { PictogramManifest } from '../../shared/content/pictogram-manifest';
import type { Issue } from './issue';
import { readJson, type Parsed } from './read-json';

export interface PackPaths {
  /** assets/content */
  content: string;
  /** assets/pictograms (holds manifest.json and the SVGs) */
  pictograms: string;
}

export interface LoadedPack {
  paths: PackPaths;
  languages: Parsed<LanguagesFile> | null;
  cards: Parsed<CardsFile>[];
  texts: Parsed<TextFile>[];
  flows: Parsed<Flow>[];
  phrasebook: Parsed<PhrasebookFile> | null;
  pictograms: Parsed<PictogramManifest> | null;
  issues: Issue[];
}

function jsonFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function readFolder<T extends z.ZodType>(
  root: string,
  folder: string,
  schema: T,
  issues: Issue[],
): Parsed<z.infer<T>>[] {
  return jsonFiles(join(root, folder)).flatMap((name) => {
    const file = `${folder}/${name}`;
    return readJson(join(root, file), file, schema, issues) ?? [];
  });
}

export function loadPack(paths: PackPaths): LoadedPack {
  const issues: Issue[] = [];
  const root = paths.content;
  const textRoot = join(root, 'text');
  const languageFolders = existsSync(textRoot)
    ? readdirSync(textRoot, { withFileTypes: true }).filter((entry) => entry.isDirectory())
    : [];
  return {
    paths,
    languages: readJson(join(root, 'languages.json'), 'languages.json', LanguagesFile, issues),
    cards: readFolder(root, 'cards', CardsFile, issues),
    texts: languageFolders
      .map((entry) => entry.name)
      .sort()
      .flatMap((language) => readFolder(root, `text/${language}`, TextFile, issues)),
    flows: readFolder(root, 'flows', Flow, issues),
    phrasebook: readJson(join(root, 'phrasebook.json'), 'phrasebook.json', PhrasebookFile, issues),
    pictograms: readJson(
      join(paths.pictograms, 'manifest.json'),
      'pictograms/manifest.json',
      PictogramManifest,
      issues,
    ),
    issues,
  };
}
