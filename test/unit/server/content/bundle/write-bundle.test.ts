import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as RecordedClips from '../../../../../server/content/audio/recorded-clips';
import { writeBundle } from '../../../../../server/content/bundle/write-bundle';
import { bundleManifestPath } from '../../../../../shared/content/bundle-paths';
import { BUNDLE_FORMAT, checkManifest } from '../../../../../shared/content/bundle-stamp';
import { useTempDir } from '../../../../helpers/temp-dir';

// The repository's recorded clips (assets/audio/recorded) must not leak into the fixture pack.
vi.mock('../../../../../server/content/audio/recorded-clips', async (importOriginal) => ({
  ...(await importOriginal<typeof RecordedClips>()),
  findRecordedClips: () => new Set<string>(),
}));

const fixtures = resolve(import.meta.dirname, '../../../../fixtures/content');
const tempDir = useTempDir('write-bundle-');

function written() {
  const root = tempDir();
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  const out = tempDir();
  writeBundle({ content: join(root, 'content'), pictograms: join(root, 'pictograms') }, out);
  const manifest = checkManifest(JSON.parse(readFileSync(join(out, bundleManifestPath), 'utf8')));
  return { out, manifest };
}

describe('writeBundle', () => {
  it('stamps pack.json and every language file with the SHA-256 of the bytes written', () => {
    const { out, manifest } = written();
    expect(manifest.format).toBe(BUNDLE_FORMAT);
    const texts = readdirSync(join(out, 'content/text')).map((file) => `content/text/${file}`);
    expect(Object.keys(manifest.files).sort()).toEqual(['content/pack.json', ...texts].sort());
    for (const [path, stamp] of Object.entries(manifest.files)) {
      const bytes = readFileSync(join(out, path));
      expect(createHash('sha256').update(bytes).digest('hex'), path).toBe(stamp);
    }
  });
});
