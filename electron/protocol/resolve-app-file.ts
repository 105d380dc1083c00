// Maps an app:// URL to a file inside the renderer build, or null (served as 404). This is the
// only place that turns a renderer-controlled string into a file-system path, so it refuses
// anything that is not a plain relative path below the root.
import path from 'node:path';
import { isAppOriginUrl } from '../app-origin';

type PathApi = Pick<typeof path, 'join' | 'relative' | 'isAbsolute' | 'sep'>;

/** Characters that mean something to Windows or C APIs and never occur in our asset names. */
const FORBIDDEN_IN_SEGMENT = /[\\:\0]/;

export function resolveAppFile(
  requestUrl: string,
  rootDir: string,
  pathApi: PathApi = path,
): string | null {
  if (!isAppOriginUrl(requestUrl)) return null;
  const segments = decodedSegments(new URL(requestUrl).pathname);
  if (segments === null) return null;
  const filePath = pathApi.join(rootDir, ...segments);
  // Belt and braces: whatever the segment checks missed, the result must stay below rootDir.
  const relative = pathApi.relative(rootDir, filePath);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return null;
  return filePath;
}

/** "/assets/a%20b.js" → ["assets", "a b.js"]; null for "..", ".", empty or odd segments. */
function decodedSegments(pathname: string): string[] | null {
  const rawSegments = pathname.replace(/^\//, '').split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null; // malformed percent-encoding
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (segment.includes('/') || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}
