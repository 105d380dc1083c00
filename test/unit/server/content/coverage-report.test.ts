import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageMarkdown, coverageReport } from '../../../../server/content/coverage-report';
import { loadPack } from '../../../../server/content/load-pack';

const valid = resolve(import.meta.dirname, '../../../fixtures/content/valid');
const pack = loadPack({
  content: resolve(valid, 'content'),
  pictograms: resolve(valid, 'pictograms'),
});

describe('coverage report', () => {
  it('has one row per language of the pack, with its voice and planned synthetic audio', () => {
    const report = coverageReport(pack);
    expect(report.cards).toBe(4);
    expect(report.rows).toHaveLength(25);
    expect(report.rows.find((row) => row.language === 'prs')).toMatchObject({
      textPercent: 100,
      reviewedPercent: 0,
      voice: 'fa (empruntée)',
      audio: { recorded: 0, synthetic: 4, none: 0 },
    });
    expect(report.rows.find((row) => row.language === 'ti')?.voice).toBe('aucune');
  });

  it('renders a Markdown table line per language', () => {
    const markdown = coverageMarkdown(coverageReport(pack));
    expect(markdown).toContain('| Tigrigna | ti | 100 % (4/4) | 0 | 0 | 4 | 0 % | aucune |');
    expect(markdown.split('\n').filter((line) => line.startsWith('| '))).toHaveLength(26);
  });
});
