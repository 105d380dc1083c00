// Fetches the static content bundle (shared/content/bundle.ts) beside the page: the pack's
// structure once, and each language's texts only when that language is needed. Every file must
// be the one the build validated with zod and stamped in the manifest (bundle-stamp.ts,
// decision 0072); a broken, stale or missing file is an error the screen shows, never a blank
// card.
import type { PackBundle, TextBundle } from '../../shared/content/bundle';
import {
  bundleManifestPath,
  packBundlePath,
  textBundlePath,
} from '../../shared/content/bundle-paths';
import {
  contentMissing,
  parseManifest,
  type BundleManifest,
} from '../../shared/content/bundle-stamp';
import type { LanguageCode } from '../../shared/domain/languages';
import { openStampedFile } from './open-stamped';

async function fetchBytes(path: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(path, document.baseURI));
  // Served from the app's own folder: a file that is not there is missing from the install.
  if (response.status === 404) throw contentMissing(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
  return response.arrayBuffer();
}

let manifestPromise: Promise<BundleManifest> | null = null;
let packPromise: Promise<PackBundle> | null = null;
const textPromises = new Map<LanguageCode, Promise<TextBundle>>();

function loadManifest(): Promise<BundleManifest> {
  manifestPromise ??= fetchBytes(bundleManifestPath).then((bytes) =>
    parseManifest(new TextDecoder().decode(bytes)),
  );
  manifestPromise.catch(() => (manifestPromise = null));
  return manifestPromise;
}

/** The file and the manifest are fetched side by side; the file opens once both are in. */
async function loadStamped(path: string): Promise<unknown> {
  const [manifest, bytes] = await Promise.all([loadManifest(), fetchBytes(path)]);
  return openStampedFile(manifest, path, bytes);
}

export function loadPack(): Promise<PackBundle> {
  // The stamp proves these are the bytes the build validated as a PackBundle.
  packPromise ??= loadStamped(packBundlePath) as Promise<PackBundle>;
  packPromise.catch(() => (packPromise = null));
  return packPromise;
}

export function loadTexts(language: LanguageCode): Promise<TextBundle> {
  let promise = textPromises.get(language);
  if (!promise) {
    promise = loadStamped(textBundlePath(language)) as Promise<TextBundle>;
    promise.catch(() => textPromises.delete(language));
    textPromises.set(language, promise);
  }
  return promise;
}
