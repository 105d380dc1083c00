import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPack } from '../../../../server/content/check-pack';
import { formatIssue } from '../../../../server/content/issue';
import type { PackPaths } from '../../../../server/content/load-pack';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/content');
const made: string[] = [];

/** The valid fixture pack with one broken case's files laid over it, in a throwaway folder. */
function packWith(brokenCase?: string): PackPaths {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  made.push(root);
  cpSync(join(fixtures, 'valid'), root, { recursive: true });
  if (brokenCase) cpSync(join(fixtures, 'broken', brokenCase), root, { recursive: true });
  return { content: join(root, 'content'), pictograms: join(root, 'pictograms') };
}

afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('content check', () => {
  it('accepts the valid fixture pack', () => {
    expect(checkPack(packWith())).toEqual([]);
  });

  it('accepts the shipped pack', () => {
    const root = resolve(import.meta.dirname, '../../../../assets');
    const issues = checkPack({
      content: join(root, 'content'),
      pictograms: join(root, 'pictograms'),
    });
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it.each([
    [
      'missing-translation',
      { code: 'MISSING_TRANSLATION', file: 'text/ti/common.json', id: 'answer.no', language: 'ti' },
    ],
    [
      'unknown-pictogram',
      { code: 'UNKNOWN_PICTOGRAM', file: 'cards/common.json', id: 'answer.no' },
    ],
    ['missing-step', { code: 'MISSING_STEP', file: 'flows/check.json', id: 'check/ok' }],
    ['cycle', { code: 'CYCLE', file: 'flows/check.json', id: 'check' }],
    ['duplicate-id', { code: 'DUPLICATE_ID', file: 'cards/extra.json', id: 'answer.yes' }],
    [
      'wrong-direction',
      { code: 'WRONG_DIRECTION', file: 'languages.json', id: 'ps', language: 'ps' },
    ],
    [
      'wrong-script',
      { code: 'WRONG_SCRIPT', file: 'text/ar/common.json', id: 'answer.yes', language: 'ar' },
    ],
    ['unknown-card', { code: 'UNKNOWN_CARD', file: 'flows/check.json', id: 'check/last' }],
    [
      'schema',
      {
        code: 'SCHEMA',
        file: 'text/fr/common.json',
        message: expect.stringContaining('answer.yes.review.at') as unknown,
      },
    ],
  ])('reports %s with its file, id and language', (brokenCase, expected) => {
    const issues = checkPack(packWith(brokenCase));
    expect(issues).toEqual([expect.objectContaining(expected)]);
  });

  it('names the steps around a cycle', () => {
    const [issue] = checkPack(packWith('cycle'));
    expect(issue?.message).toContain('greet → ok → last → greet');
  });

  it('reports a file that is not JSON, and keeps checking the rest', () => {
    const paths = packWith('unknown-pictogram');
    writeFileSync(join(paths.content, 'flows/check.json'), '{ "id": "check", ');
    const codes = checkPack(paths).map((issue) => `${issue.code} ${issue.file}`);
    expect(codes).toEqual(['UNKNOWN_PICTOGRAM cards/common.json', 'INVALID_JSON flows/check.json']);
  });

  it('reports a pictogram listed in the manifest whose file is missing', () => {
    const paths = packWith();
    rmSync(join(paths.pictograms, 'shrug.svg'));
    expect(checkPack(paths)).toEqual([
      expect.objectContaining({
        code: 'MISSING_FILE',
        id: 'shrug',
        file: 'pictograms/manifest.json',
      }),
    ]);
  });
});

describe('formatIssue', () => {
  it('puts the file first, then the id and the language', () => {
    const line = formatIssue({
      code: 'MISSING_TRANSLATION',
      file: 'text/ti/a.json',
      id: 'x.y',
      language: 'ti',
      message: 'no text',
    });
    expect(line).toBe('text/ti/a.json x.y [ti]: MISSING_TRANSLATION no text');
  });
});
