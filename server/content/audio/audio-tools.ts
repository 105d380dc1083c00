// Whether this machine can synthesize: espeak-ng and opusenc on the PATH (Debian packages
// espeak-ng and opus-tools). Checked once at start, so the banner and every clip request can
// say plainly why there is no synthetic audio instead of failing clip by clip.
import { execFile } from 'node:child_process';

export type AudioToolsStatus = { available: true } | { available: false; reason: string };

function runs(program: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(program, ['--version'], { timeout: 5000 }, (error) => {
      resolve(error === null);
    });
  });
}

export async function checkAudioTools(
  probe: (program: string) => Promise<boolean> = runs,
): Promise<AudioToolsStatus> {
  const missing: string[] = [];
  for (const program of ['espeak-ng', 'opusenc'])
    if (!(await probe(program))) missing.push(program);
  if (missing.length === 0) return { available: true };
  return {
    available: false,
    reason: `${missing.join(' and ')} not found (Debian: apt install espeak-ng opus-tools)`,
  };
}
