// Builds everything `npm start`, the tests and electron-builder need:
//   dist/renderer/  the React pages (Vite)
//   dist/server/    the web shell, local service, hub and CLIs as Node ESM (esbuild)
//   dist/electron/  main.cjs and preload.cjs (esbuild; a sandboxed preload must be CommonJS)
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const quiet = { logLevel: 'warning' };
// Native or optional modules stay outside the bundles and load from node_modules at run time.
const external = [
  'better-sqlite3',
  'better-sqlite3-multiple-ciphers',
  'bufferutil',
  'utf-8-validate',
  'electron',
];

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
// The content pack becomes static JSON + pictograms beside the pages (loaded lazily).
execFileSync(
  process.execPath,
  ['--import', 'tsx', 'server/cli/content-bundle.ts', 'dist/renderer'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

const serverEntries = ['server/cli/start.ts', 'server/cli/hub.ts', 'server/cli/data.ts'].filter(
  (f) => existsSync(f),
);
await esbuild({
  ...quiet,
  entryPoints: serverEntries,
  outdir: 'dist/server',
  outbase: 'server',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  // ESM output still meets CommonJS dependencies (ws); give them a require().
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

const electronEntries = ['electron/main.ts', 'electron/preload.ts'].filter((f) => existsSync(f));
if (electronEntries.length > 0) {
  await esbuild({
    ...quiet,
    entryPoints: electronEntries,
    outdir: 'dist/electron',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    sourcemap: true,
    // The preload carries zod (through the contract) into every window: keep it small.
    minify: true,
    external,
  });
}
