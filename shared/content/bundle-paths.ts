// Where the content bundle's files sit, relative to the app root. Apart from the schemas
// (bundle.ts) so a page that only fetches the files does not build the schemas at start.
export const BUNDLE_DIR = 'content';
export const packBundlePath = `${BUNDLE_DIR}/pack.json`;
export function textBundlePath(language: string): string {
  return `${BUNDLE_DIR}/text/${language}.json`;
}
export const coverageBundlePath = `${BUNDLE_DIR}/coverage.json`;
/** The build's stamp of the files above (bundle-stamp.ts, decision 0072). */
export const bundleManifestPath = `${BUNDLE_DIR}/manifest.json`;
