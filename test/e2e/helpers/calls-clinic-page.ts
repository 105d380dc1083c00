// The clinic side of the calls tests without the app: the test page built from
// test/e2e/fixtures/calls-panel with Vite (the real call panel, nothing else), served from an
// origin of its own like the web shell's.
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { contentTypeFor } from '../../../server/http/content-types';

const root = resolve(import.meta.dirname, '../../..');

/** Builds the clinic test page once per run into a temporary folder. */
export async function buildClinicPage(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'calls-page-'));
  await build({
    configFile: false,
    root: join(root, 'test/e2e/fixtures/calls-panel'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { 'events-universal': 'bare-events' } }, // as in vite.config.ts
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: false },
  });
  return outDir;
}

/** A plain static server for the test page (its own origin, like the web shell's). */
export async function serveStatic(dir: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypeFor(file) ?? 'application/octet-stream' });
    import('node:fs').then((fs) => fs.createReadStream(file).pipe(res)).catch(() => res.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
