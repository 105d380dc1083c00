import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as RecordedClips from '../../../../../server/content/audio/recorded-clips';
import { compileBundle } from '../../../../../server/content/bundle/compile-bundle';
import { writeBundle } from '../../../../../server/content/bundle/write-bundle';
import { loadPack } from '../../../../../server/content/load-pack';
import { loadFlows } from '../../../../../server/local/consultation/load-flows';
import { CodedError } from '../../../../../shared/bridge/result';
import { bundleManifestPath, packBundlePath } from '../../../../../shared/content/bundle-paths';
import { useTempDir } from '../../../../helpers/temp-dir';

// The repository's recorded clips (assets/audio/recorded) must not leak into the fixture pack.
vi.mock('../../../../../server/content/audio/recorded-clips', async (importOriginal) => ({
  ...(await importOriginal<typeof RecordedClips>()),
  findRecordedClips: () => new Set<string>(),
}));

const fixtures = resolve(import.meta.dirname, '../../../../fixtures/content');
const tempDir = useTempDir('load-flows-');

/** The valid fixture pack built as `npm run build` does; its compiled flows for comparison. */
function built() {
  const root = tempDir();
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  const paths = { content: join(root, 'content'), pictograms: join(root, 'pictograms') };
  const out = tempDir();
  writeBundle(paths, out);
  return { out, flows: compileBundle(loadPack(paths)).pack.flows };
}

function thrown(run: () => unknown): CodedError {
  try {
    run();
  } catch (caught) {
    if (caught instanceof CodedError) return caught;
    throw caught;
  }
  throw new Error('loadFlows did not throw');
}

describe('loadFlows', () => {
  it('reads the flows of the stamped bundle', () => {
    const { out, flows } = built();
    expect(flows.length).toBeGreaterThan(0);
    expect(loadFlows(out)).toEqual(flows);
  });

  it('refuses a pack.json that is not the one the build stamped', () => {
    const { out } = built();
    appendFileSync(join(out, packBundlePath), ' ');
    const error: unknown = (() => {
      try {
        return loadFlows(out);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CodedError);
    expect((error as CodedError).code).toBe('CONTENT_DAMAGED');
  });

  it('calls a truncated manifest damaged, not a JSON syntax error', () => {
    const { out } = built();
    const manifest = join(out, bundleManifestPath);
    writeFileSync(manifest, readFileSync(manifest, 'utf8').slice(0, 100));
    const error = thrown(() => loadFlows(out));
    expect(error.code).toBe('CONTENT_DAMAGED');
    expect(error.message).toMatch(/^content\/manifest\.json: not a content manifest/);
  });

  it('names the missing file and asks for a build', () => {
    const { out } = built();
    rmSync(join(out, packBundlePath));
    const error = thrown(() => loadFlows(out));
    expect(error.code).toBe('CONTENT_DAMAGED');
    expect(error.message).toMatch(/^content\/pack\.json: is missing\..*npm run build/);
    rmSync(join(out, bundleManifestPath));
    expect(thrown(() => loadFlows(out)).message).toMatch(/^content\/manifest\.json: is missing/);
    expect(loadFlows(undefined)).toEqual([]);
  });
});
