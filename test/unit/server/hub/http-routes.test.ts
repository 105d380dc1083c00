// Pages and assets on a real hub: the right files with the right types and headers, and no
// way out of the static folder however the path is spelt.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest, startTestHub, type TestHub } from './hub-test-kit';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.close();
});

describe('hub HTTP routes', () => {
  it.each(['/', '/interpreter'])(
    'serves interpreter.html at %s with security headers',
    async (path) => {
      const response = await rawRequest(hub.origin, path);
      expect(response.status).toBe(200);
      expect(response.body).toContain('<title>interprète</title>');
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).toContain(`ws://127.0.0.1:${hub.port}`);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['cache-control']).toBe('no-store');
    },
  );

  it('answers HEAD with headers and no body', async () => {
    const response = await rawRequest(hub.origin, '/interpreter', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers['content-length'])).toBeGreaterThan(0);
    expect(response.body).toBe('');
  });

  it.each([
    ['/assets/app-1234.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['/assets/app-1234.css', 'text/css; charset=utf-8', 'color: black'],
  ])('serves %s as %s, cacheable for good', async (path, type, content) => {
    const response = await rawRequest(hub.origin, path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.body).toContain(content);
  });

  it.each([
    '/assets/../secret.txt',
    '/assets/..%2fsecret.txt',
    '/assets/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2foutside.txt',
    '/assets/..%2f..%2foutside.txt',
    '/assets/..%5c..%5coutside.txt',
    '/assets/%252e%252e%252fsecret.txt',
    '/assets/app-1234.js%00.png',
    '/assets/%E0%A4%A',
    '/assets/',
    '/assets/missing.js',
    '/secret.txt',
  ])('answers %s with 404 and never another file', async (path) => {
    const response = await rawRequest(hub.origin, path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('not an asset');
    expect(response.body).not.toContain('outside the static folder');
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('refuses other methods on pages with 405', async () => {
    const response = await rawRequest(hub.origin, '/interpreter', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('refuses requests made by pages from another origin with 403', async () => {
    const response = await rawRequest(hub.origin, '/interpreter', {
      headers: { Origin: 'http://evil.example' },
    });
    expect(response.status).toBe(403);
  });
});
