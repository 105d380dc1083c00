import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is plain static files: served by the web shell on 127.0.0.1, by the Electron
// shell through its app:// protocol, and (interpreter.html) by the hub. Relative base so the
// same build works under all three.
const root = resolve(import.meta.dirname, 'renderer');

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  // simple-peer's stream library (streamx) reaches EventEmitter through events-universal,
  // whose default entry is Node's `events`: point it at bare-events, the same package's
  // pure-JS emitter, instead of bundling a Node polyfill (docs/decisions/0070-calls.md).
  resolve: { alias: { 'events-universal': 'bare-events' } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    // Never inline assets as data: URLs: the CSP allows fonts and images from 'self' only, and
    // a tiny font subset inlined by size would be blocked and fall back to a system font.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        doctor: resolve(root, 'doctor.html'),
        family: resolve(root, 'family.html'),
        interpreter: resolve(root, 'interpreter.html'),
      },
    },
  },
});
