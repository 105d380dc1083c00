// Which links may leave the app for the system browser or mail client. The check matters
// because shell.openExternal hands the URL to the OS: a `file:`, `smb:` or custom-scheme URL
// could run a program or leak the Windows credentials of the clinic PC.
const safeSchemes: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

/** Longer URLs are not links a person clicked in our pages. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

export function isSafeExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!safeSchemes.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '';
  // "https://bank.fr@evil.example" shows one host and opens another.
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
