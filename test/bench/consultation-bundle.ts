// What a page downloads before it can run: the entry script of dist/renderer/<page>.html and
// the chunks it modulepreloads (Vite lists every static import there), each gzipped at level 9
// as a server would send it. Chunks loaded later with import() and the content JSON fetched
// after a language is chosen are not part of it; the language texts are measured separately.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const rendererDir = join(import.meta.dirname, '../../dist/renderer');

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  page: string;
  chunks: Chunk[];
  gzipBytes: number;
  /** Static imports reachable from the entry that the HTML does not list (should be none). */
  unlisted: string[];
}

function measure(file: string): Chunk {
  const content = readFileSync(join(rendererDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function attributes(html: string, tag: RegExp, attribute: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(tag)) {
    const value = new RegExp(`\\b${attribute}="([^"]+)"`).exec(match[0])?.[1];
    if (value) found.push(value.replace(/^\.\//, ''));
  }
  return found;
}

/** `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")` (lazy). */
function staticImports(file: string): string[] {
  const code = readFileSync(join(rendererDir, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)].map(
    (match) => `${dir}${match[1] ?? ''}`,
  );
}

export function initialJs(page: 'family' | 'doctor'): InitialJs {
  const html = readFileSync(join(rendererDir, `${page}.html`), 'utf8');
  const entries = attributes(html, /<script\b[^>]*\btype="module"[^>]*>/g, 'src');
  const preloads = attributes(html, /<link\b[^>]*\brel="modulepreload"[^>]*>/g, 'href');
  if (entries.length === 0) throw new Error(`no module script in ${page}.html`);
  const listed = [...new Set([...entries, ...preloads])];

  // Cross-check: walk the static import graph from the entry.
  const reachable = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (reachable.has(file)) continue;
    reachable.add(file);
    queue.push(...staticImports(file));
  }
  const chunks = listed.map(measure);
  return {
    page,
    chunks,
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    unlisted: [...reachable].filter((file) => !listed.includes(file)),
  };
}

/** A lazily fetched content file (pack.json, text/<lang>.json), gzipped like the JS. */
export function contentFile(path: string): Chunk {
  return measure(join('content', path));
}
