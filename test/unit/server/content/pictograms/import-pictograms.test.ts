import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PictogramManifest } from '../../../../../shared/content/pictogram-manifest';
import { importPictograms } from '../../../../../server/content/pictograms/import-pictograms';

const sources = resolve(import.meta.dirname, '../../../../fixtures/content/pictogram-sources');
const dirs = {
  mulberry: join(sources, 'mulberry'),
  openmoji: join(sources, 'openmoji'),
  drawn: join(sources, 'drawn'),
};
const made: string[] = [];

function outWith(pictograms: Record<string, { source: string; name: string }>): string {
  const out = mkdtempSync(join(tmpdir(), 'pictograms-'));
  made.push(out);
  writeFileSync(join(out, 'selection.json'), JSON.stringify({ pictograms }));
  return out;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('importPictograms', () => {
  it('copies each selected file and writes the manifest and the attribution', () => {
    const out = outWith({
      thermometer: { source: 'mulberry', name: 'thermometer' },
      syringe: { source: 'openmoji', name: '1F489' },
      'carnet-de-sante': { source: 'interpretable', name: 'carnet-de-sante' },
    });
    expect(importPictograms(out, dirs)).toEqual([]);
    for (const file of ['thermometer.svg', 'syringe.svg', 'carnet-de-sante.svg']) {
      expect(existsSync(join(out, file))).toBe(true);
    }
    const manifest = PictogramManifest.parse(
      JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
    );
    expect(manifest.pictograms.syringe).toEqual({
      file: 'syringe.svg',
      source: 'openmoji',
      sourceName: '1F489',
      author: 'Tonia Reinhardt (OpenMoji)',
      licence: 'CC BY-SA 4.0',
      label: 'card-text',
    });
    const attribution = readFileSync(join(out, 'ATTRIBUTION.md'), 'utf8');
    expect(attribution).toContain('| `thermometer.svg` | Mulberry Symbols');
    expect(attribution).toContain('| `carnet-de-sante.svg` | Interpretable');
  });

  it('refuses a name the source set does not have, and leaves the manifest alone', () => {
    const out = outWith({
      thermometer: { source: 'mulberry', name: 'thermometre' },
      pill: { source: 'openmoji', name: '1F48A' },
    });
    expect(importPictograms(out, dirs)).toEqual([
      'pill: no OpenMoji with hexcode 1F48A',
      'thermometer: no Mulberry symbol "thermometre"',
    ]);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });
});
