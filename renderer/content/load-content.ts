// Fetches the static content bundle (shared/content/bundle.ts) beside the page: the pack's
// structure once, and each language's texts only when that language is needed. Every file is
// validated; a broken or missing file is an error the screen shows, never a blank card.
import {
  PackBundle,
  TextBundle,
  packBundlePath,
  textBundlePath,
} from '../../shared/content/bundle';
import type { LanguageCode } from '../../shared/domain/languages';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${String(response.status)}`);
  return response.json();
}

let packPromise: Promise<PackBundle> | null = null;
const textPromises = new Map<LanguageCode, Promise<TextBundle>>();

export function loadPack(): Promise<PackBundle> {
  packPromise ??= fetchJson(packBundlePath).then((json) => PackBundle.parse(json));
  packPromise.catch(() => (packPromise = null));
  return packPromise;
}

export function loadTexts(language: LanguageCode): Promise<TextBundle> {
  let promise = textPromises.get(language);
  if (!promise) {
    promise = fetchJson(textBundlePath(language)).then((json) => TextBundle.parse(json));
    promise.catch(() => textPromises.delete(language));
    textPromises.set(language, promise);
  }
  return promise;
}
