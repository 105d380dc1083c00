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

// zod re-exports its ~40 message translations as `z.locales` (a third of the server bundle,
// parsed at every start); nothing here uses them (our errors carry our own codes and French
// or family-language messages) and esbuild cannot drop a namespace re-export, so the
// bundles get an empty `z.locales`. English, zod's default, is imported on its own and kept.
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: 'zod-locales', namespace: 'without-zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'without-zod-locales' }, () => ({
      contents: 'export {};',
      loader: 'js',
    }));
  },
};

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
  plugins: [withoutZodLocales],
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
    plugins: [withoutZodLocales],
  });
}
