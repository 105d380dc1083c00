import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CodedError } from '../../../../shared/bridge/result';
import { PackBundle, TextBundle } from '../../../../shared/content/bundle';
import {
  BUNDLE_FORMAT,
  checkManifest,
  checkStamp,
  parseManifest,
  type BundleManifest,
} from '../../../../shared/content/bundle-stamp';

/**
 * Each bundle format and the schemas it stands for. A schema change without a new format fails
 * here: pages would otherwise take files of the new shape for the old one without parsing them.
 * Add a line with the next format (and bump BUNDLE_FORMAT) when the schemas change.
 */
const schemasOfFormat: Record<number, string> = {
  1: '2c80c2fb693a50592422b5da45daddc73b3a9b4651eba6ffecf8729156a679d8',
};

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest: BundleManifest = {
  format: BUNDLE_FORMAT,
  files: { 'content/pack.json': hash('{"a":1}') },
};

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof CodedError ? error.code : 'not coded';
  }
}

describe('BUNDLE_FORMAT', () => {
  it('names the schemas the pages read', () => {
    const schemas = [z.toJSONSchema(PackBundle), z.toJSONSchema(TextBundle)];
    expect(schemasOfFormat[BUNDLE_FORMAT]).toBe(hash(JSON.stringify(schemas)));
  });
});

describe('checkManifest', () => {
  it('accepts a manifest of the pages’ format', () => {
    expect(checkManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });

  it('refuses another format, with a code and what to do', () => {
    const other = { ...manifest, format: BUNDLE_FORMAT + 1 };
    expect(codeOf(() => checkManifest(other))).toBe('CONTENT_DAMAGED');
    expect(() => checkManifest(other)).toThrow(/npm run build/);
  });

  it('refuses something that is not a manifest', () => {
    expect(codeOf(() => checkManifest({ format: BUNDLE_FORMAT }))).toBe('CONTENT_DAMAGED');
    expect(codeOf(() => checkManifest({ ...manifest, files: { x: 'abc' } }))).toBe(
      'CONTENT_DAMAGED',
    );
    expect(codeOf(() => checkManifest('<html>'))).toBe('CONTENT_DAMAGED');
  });
});

describe('parseManifest', () => {
  it('reads the manifest file’s text', () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('calls text that is not JSON (a truncated file, an HTML page) damaged', () => {
    expect(codeOf(() => parseManifest(JSON.stringify(manifest).slice(0, 20)))).toBe(
      'CONTENT_DAMAGED',
    );
    expect(codeOf(() => parseManifest('<html>'))).toBe('CONTENT_DAMAGED');
  });
});

describe('checkStamp', () => {
  it('passes the bytes the build stamped', () => {
    expect(
      codeOf(() => {
        checkStamp(manifest, 'content/pack.json', hash('{"a":1}'));
      }),
    ).toBeNull();
  });

  it('refuses other bytes and files the manifest does not list', () => {
    expect(
      codeOf(() => {
        checkStamp(manifest, 'content/pack.json', hash('{"a":2}'));
      }),
    ).toBe('CONTENT_DAMAGED');
    expect(
      codeOf(() => {
        checkStamp(manifest, 'content/text/ar.json', hash('{"a":1}'));
      }),
    ).toBe('CONTENT_DAMAGED');
  });
});
