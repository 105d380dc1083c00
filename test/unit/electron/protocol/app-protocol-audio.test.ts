// app:// serving the cards' clips from the folders the packaged app ships (audio-dirs.ts).
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../../../electron/protocol/app-protocol-handler';

const root = path.resolve('/srv/resources/app.asar/dist/renderer');
const audioDirs = {
  cacheDir: path.resolve('/srv/resources/audio'),
  recordedDir: path.resolve('/srv/resources/audio/recorded'),
};
const CSP = "default-src 'self'";
const clip = new TextEncoder().encode('OggS-clip-bytes');
const synthetic = 'fr/answer.yes.0123456789abcdef.ogg';
const files = new Map([
  [path.join(audioDirs.cacheDir, 'fr', 'answer.yes.0123456789abcdef.ogg'), clip],
  [path.join(audioDirs.recordedDir, 'ps', 'answer.yes.ogg'), clip],
]);

function handlerWith() {
  const readFile = vi.fn((filePath: string) => {
    const bytes = files.get(filePath);
    return bytes
      ? Promise.resolve(new Uint8Array(bytes))
      : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
  });
  return {
    readFile,
    handle: createAppProtocolHandler({
      rootDir: root,
      contentSecurityPolicy: CSP,
      readFile,
      audioDirs,
    }),
  };
}

describe('createAppProtocolHandler — audio', () => {
  it('serves a synthetic clip from the shipped cache as Ogg, with the CSP', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request(`app://interpretable/audio/${synthetic}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/ogg');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(clip);
  });

  it('serves a recorded clip', async () => {
    const { handle } = handlerWith();
    const response = await handle(
      new Request('app://interpretable/audio/recorded/ps/answer.yes.ogg'),
    );
    expect(response.status).toBe(200);
  });

  it('answers a byte range with 206', async () => {
    const { handle } = handlerWith();
    const response = await handle(
      new Request(`app://interpretable/audio/${synthetic}`, { headers: { Range: 'bytes=0-3' } }),
    );
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 0-3/${String(clip.length)}`);
    expect(await response.text()).toBe('OggS');
    const beyond = await handle(
      new Request(`app://interpretable/audio/${synthetic}`, { headers: { Range: 'bytes=999-' } }),
    );
    expect(beyond.status).toBe(416);
  });

  it('answers 404 for a clip that was not generated', async () => {
    const { handle } = handlerWith();
    const url = 'app://interpretable/audio/fr/answer.no.0123456789abcdef.ogg';
    expect((await handle(new Request(url))).status).toBe(404);
  });

  it('refuses anything under audio/ that is not exactly a clip, without touching the disk', async () => {
    const { handle, readFile } = handlerWith();
    for (const url of [
      'app://interpretable/audio/fr/..%2f..%2f..%2fetc%2fpasswd',
      'app://interpretable/audio/../doctor.html',
      'app://interpretable/audio/fr/answer.yes.ogg',
      'app://interpretable/audio/recorded/ps/x/answer.yes.ogg',
      'app://interpretable/audio/manifest.json',
      'app://other/audio/fr/answer.yes.0123456789abcdef.ogg',
    ]) {
      expect((await handle(new Request(url))).status, url).toBe(404);
    }
    // "audio/../doctor.html" is normalised by URL parsing to /doctor.html: a page, not a clip.
    expect(readFile.mock.calls.every(([file]) => !file.includes('audio'))).toBe(true);
  });
});
