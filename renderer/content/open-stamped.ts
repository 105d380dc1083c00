// Opens a content bundle file in a page: hashes its bytes with Web Crypto (a few ms for the
// largest file, native code, unlike a zod parse without JIT), checks the build's stamp, then
// parses the JSON (shared/content/bundle-stamp.ts, decision 0072).
import { checkStamp, type BundleManifest } from '../../shared/content/bundle-stamp';

/** SHA-256 of some bytes, lower-case hex, as the build's stamp writes it. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function openStampedFile(
  manifest: BundleManifest,
  path: string,
  bytes: ArrayBuffer,
): Promise<unknown> {
  checkStamp(manifest, path, await sha256Hex(bytes));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}
