import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneCache } from '../../../../../server/content/audio/prune-cache';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('pruneCache', () => {
  it('keeps the planned clips and removes old versions, WAVs and half-written files', () => {
    const cache = mkdtempSync(join(tmpdir(), 'prune-'));
    dirs.push(cache);
    const files = [
      'fr/answer.yes.1111111111111111.ogg', // planned
      'fr/answer.yes.0000000000000000.ogg', // the text changed since
      'fr/answer.yes.0000000000000000.wav', // first pipeline
      'ar/answer.yes.2222222222222222.ogg.123.456.part',
      'ar/answer.yes.2222222222222222.ogg', // planned
    ];
    for (const file of files) {
      mkdirSync(join(cache, file, '..'), { recursive: true });
      writeFileSync(join(cache, file), 'x');
    }
    writeFileSync(join(cache, 'manifest.json'), '{}');
    const keep = new Set([
      'fr/answer.yes.1111111111111111.ogg',
      'ar/answer.yes.2222222222222222.ogg',
    ]);
    expect(pruneCache(cache, keep).sort()).toEqual([
      'ar/answer.yes.2222222222222222.ogg.123.456.part',
      'fr/answer.yes.0000000000000000.ogg',
      'fr/answer.yes.0000000000000000.wav',
    ]);
    for (const file of keep) expect(existsSync(join(cache, file))).toBe(true);
    expect(existsSync(join(cache, 'manifest.json'))).toBe(true);
  });
});
