import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CodedError } from '../../../../shared/bridge/result';
import { BUNDLE_FORMAT } from '../../../../shared/content/bundle-stamp';
import { openStampedFile, sha256Hex } from '../../../../renderer/content/open-stamped';

const text = '{"language":"ar","texts":{"q":{"text":"هل"}}}';
const bytes = () => new TextEncoder().encode(text).buffer;
const stamp = createHash('sha256').update(text, 'utf8').digest('hex');
const manifest = { format: BUNDLE_FORMAT, files: { 'content/text/ar.json': stamp } };

describe('sha256Hex', () => {
  it('writes the digest as the build stamps it (Node crypto, hex)', async () => {
    expect(await sha256Hex(bytes())).toBe(stamp);
  });
});

describe('openStampedFile', () => {
  it('parses the stamped bytes, non-Latin text included', async () => {
    expect(await openStampedFile(manifest, 'content/text/ar.json', bytes())).toEqual(
      JSON.parse(text),
    );
  });

  it('refuses a file with one byte changed', async () => {
    const changed = new Uint8Array(bytes());
    changed[2] = 'L'.charCodeAt(0);
    const error: unknown = await openStampedFile(
      manifest,
      'content/text/ar.json',
      changed.buffer,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodedError);
    expect((error as CodedError).code).toBe('CONTENT_DAMAGED');
  });
});
