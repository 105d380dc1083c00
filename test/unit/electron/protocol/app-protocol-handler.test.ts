import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../../../electron/protocol/app-protocol-handler';

const root = path.resolve('/srv/renderer');
const CSP = "default-src 'self'";
const files = new Map([
  [path.join(root, 'doctor.html'), '<!doctype html><title>Docteur</title>'],
  [path.join(root, 'assets', 'app.js'), 'console.log(1)'],
]);

function handlerWith(readFile = vi.fn(readFromMap)) {
  return {
    readFile,
    handle: createAppProtocolHandler({ rootDir: root, contentSecurityPolicy: CSP, readFile }),
  };
}

function readFromMap(filePath: string): Promise<Uint8Array<ArrayBuffer>> {
  const text = files.get(filePath);
  if (text === undefined)
    return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
  return Promise.resolve(new TextEncoder().encode(text));
}

describe('createAppProtocolHandler', () => {
  it('serves a page with its type and the security headers', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request('app://interpretable/doctor.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Docteur');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves scripts as JavaScript', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request('app://interpretable/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file, with the CSP still set', async () => {
    const { handle } = handlerWith();
    const response = await handle(new Request('app://interpretable/missing.html'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers 404 for traversal and other hosts without touching the disk', async () => {
    const { handle, readFile } = handlerWith();
    for (const url of ['app://interpretable/..%2f..%2fetc%2fpasswd', 'app://other/doctor.html']) {
      expect((await handle(new Request(url))).status).toBe(404);
    }
    expect(readFile).not.toHaveBeenCalled();
  });

  it('answers 404 for a file type the app does not ship', async () => {
    const { handle, readFile } = handlerWith();
    expect((await handle(new Request('app://interpretable/tool.exe'))).status).toBe(404);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { handle } = handlerWith();
    const response = await handle(
      new Request('app://interpretable/doctor.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const { handle } = handlerWith();
    const response = await handle(
      new Request('app://interpretable/doctor.html', { method: 'HEAD' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
