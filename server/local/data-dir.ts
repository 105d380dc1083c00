// Where the clinic's data lives when nobody says otherwise: the OS's per-user data folder
// (~/.local/share/interpretable, %APPDATA%\interpretable\Data, ~/Library/Application Support).
import envPaths from 'env-paths';

export function defaultDataDir(): string {
  return envPaths('interpretable', { suffix: '' }).data;
}
