// The layer map of ARCHITECTURE.md §2, read by eslint.config.js and by its test.
// `layers`: the other layers a folder may import; `node`: Node built-ins allowed;
// `packages`: '*' or the only npm packages allowed; `forbiddenPackages`: never allowed.
export const layerMap = {
  shared: { folder: 'shared', layers: [], node: false, packages: ['zod', 'i18next'] },
  renderer: {
    folder: 'renderer',
    layers: ['shared'],
    node: false,
    packages: '*',
    forbiddenPackages: ['electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'ws'],
  },
  server: {
    folder: 'server',
    layers: ['shared'],
    node: true,
    packages: '*',
    forbiddenPackages: ['electron', 'react', 'react-dom'],
  },
  electron: {
    folder: 'electron',
    layers: ['shared', 'server'],
    node: true,
    packages: '*',
    forbiddenPackages: ['react', 'react-dom'],
  },
};
