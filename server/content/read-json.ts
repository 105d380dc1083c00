// Reads one pack file through its zod schema. Failures become issues naming the file and the
// JSON path, never exceptions: the checker reports every broken file in one run.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { Issue } from './issue';

export interface Parsed<T> {
  file: string;
  data: T;
}

export function readJson<T extends z.ZodType>(
  absolute: string,
  file: string,
  schema: T,
  issues: Issue[],
): Parsed<z.infer<T>> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'MISSING_FILE' : 'INVALID_JSON';
    issues.push({ code, file, message: reason });
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const problem of parsed.error.issues.slice(0, 10)) {
      const path = problem.path.map(String).join('.');
      issues.push({ code: 'SCHEMA', file, message: `${path || '(root)'}: ${problem.message}` });
    }
    return null;
  }
  return { file, data: parsed.data };
}
