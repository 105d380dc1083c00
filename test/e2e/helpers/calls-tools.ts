// Whether a tool the calls tests drive is installed. Locally a missing one skips the tests;
// under CI it fails the run, so the calls tests never pass by silently not running.
import { existsSync } from 'node:fs';

export const TURNSERVER_PATH = process.env.TURNSERVER_PATH ?? '/usr/bin/turnserver';

/** True when `path` exists; false locally when it does not (the test skips); under CI a
 * missing tool fails the run instead of silently skipping the calls tests. */
export function toolAvailable(path: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI === 'true') throw new Error(`${path} is required for the calls tests in CI.`);
  return false;
}
