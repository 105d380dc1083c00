// The flows the service checks answers against: read from the same compiled bundle the
// screens load (dist/renderer/content/pack.json), so service and screens cannot disagree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PackBundle, packBundlePath } from '../../../shared/content/bundle';
import type { Flow } from '../../../shared/content/flow';

/** Only the flows are checked: the cards and texts are the screens' (checked at build). */
const PackFlows = z.object({ flows: PackBundle.shape.flows });

export function loadFlows(contentRoot: string | undefined): Flow[] {
  if (contentRoot === undefined) return [];
  const file = join(contentRoot, packBundlePath);
  if (!existsSync(file))
    throw new Error(`The content bundle is missing: ${file} (run npm run build).`);
  return PackFlows.parse(JSON.parse(readFileSync(file, 'utf8'))).flows;
}
