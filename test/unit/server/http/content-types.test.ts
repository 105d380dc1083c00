import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../../../server/http/content-types';

describe('contentTypeFor', () => {
  it.each([
    ['/r/doctor.html', 'text/html; charset=utf-8'],
    ['/r/assets/index.JS', 'text/javascript; charset=utf-8'],
    ['/r/assets/index.css', 'text/css; charset=utf-8'],
    ['/r/pictograms/pain.svg', 'image/svg+xml'],
    ['/r/audio/fr/hello.mp3', 'audio/mpeg'],
    ['/r/fonts/noto.woff2', 'font/woff2'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it('refuses unknown types and files without an extension', () => {
    expect(contentTypeFor('/r/tool.exe')).toBeNull();
    expect(contentTypeFor('/r/README')).toBeNull();
    expect(contentTypeFor('/r/x.constructor')).toBeNull();
  });
});
