// Where a standalone hub keeps its SQLite file by default: the per-user data folder (the
// same one the clinic's session log uses), in its own hub/ subfolder.
import envPaths from 'env-paths';
import { join } from 'node:path';

export function hubDataFile(): string {
  return join(envPaths('interpretable', { suffix: '' }).data, 'hub', 'hub.sqlite');
}
