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
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: {
        doctor: resolve(root, 'doctor.html'),
        family: resolve(root, 'family.html'),
        interpreter: resolve(root, 'interpreter.html'),
      },
    },
  },
});
