import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveInside } from '../../../../server/hub/static-files';
import { makeStaticDir } from './hub-test-kit';

describe('resolveInside', () => {
  const pages = makeStaticDir();
  const assets = join(pages, 'assets');

  it('finds a file inside the folder', async () => {
    expect(await resolveInside(assets, 'app-1234.js')).toMatch(/assets[/\\]app-1234\.js$/);
  });

  it.each([
    '../secret.txt',
    '..%2fsecret.txt',
    '%2e%2e%2f%2e%2e%2foutside.txt',
    '/etc/passwd',
    '%2Fetc%2Fpasswd',
    'app-1234.js%00',
    '%E0%A4%A',
    '',
    '.',
  ])('refuses %j', async (path) => {
    expect(await resolveInside(assets, path)).toBeNull();
  });

  it('refuses a symbolic link that points out of the folder', async () => {
    symlinkSync(join(pages, 'secret.txt'), join(assets, 'link.txt'));
    expect(await resolveInside(assets, 'link.txt')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
