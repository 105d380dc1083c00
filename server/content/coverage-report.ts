// The coverage report: one row per language of the pack, as JSON (for an admin screen) and as a
// Markdown table (docs/content-coverage.md, reviewed in git with the content it describes).
import { languageCoverage, type LanguageCoverage } from '../../shared/content/coverage';
import type { LanguageMeta } from '../../shared/content/language';
import { assembleCards } from './assemble-cards';
import { withSyntheticAudio } from './audio/attach-audio';
import type { LoadedPack } from './load-pack';

export interface CoverageRow extends LanguageCoverage {
  frenchName: string;
  voice: string;
}

export interface CoverageReport {
  cards: number;
  flows: number;
  rows: CoverageRow[];
}

function voiceLabel(meta: LanguageMeta): string {
  if (!meta.voice) return 'aucune';
  return meta.voice.kind === 'borrowed' ? `${meta.voice.voice} (empruntée)` : meta.voice.voice;
}

export function coverageReport(pack: LoadedPack): CoverageReport {
  const languages = pack.languages?.data.languages ?? [];
  const cards = withSyntheticAudio(assembleCards(pack), languages);
  const rows = languages.map((meta) => ({
    ...languageCoverage(cards, meta.code),
    frenchName: meta.frenchName,
    voice: voiceLabel(meta),
  }));
  return { cards: cards.length, flows: pack.flows.length, rows };
}

export function coverageMarkdown(report: CoverageReport): string {
  const header = [
    '# Couverture du contenu',
    '',
    `${report.cards} cartes, ${report.flows} parcours. Généré par \`npm run content:report\` : ne pas éditer.`,
    '',
    'Audio synthétique : clips espeak-ng encodés en Ogg/Opus, livrés avec l’application installée (`npm run content:audio -- --all` avant `npm run dist`) et produits à la demande par `npm start` ; un clip enregistré (`assets/audio/recorded/<langue>/<carte>.ogg`) le remplace. « empruntée » = voix d’une langue proche, signalée au médecin. Sans audio : l’écran le dit et propose l’interprète.',
    '',
    '| Langue | Code | Texte | Audio enregistré | Audio synthétique | Sans audio | Relu | Voix hors ligne |',
    '|---|---|--:|--:|--:|--:|--:|---|',
  ];
  const lines = report.rows.map(
    (row) =>
      `| ${row.frenchName} | ${row.language} | ${row.textPercent} % (${row.withText}/${row.cards}) | ${row.audio.recorded} | ${row.audio.synthetic} | ${row.audio.none} | ${row.reviewedPercent} % | ${row.voice} |`,
  );
  return `${[...header, ...lines].join('\n')}\n`;
}
