// Where app:// finds the cards' clips. Packaged, electron-builder copies .cache/audio and
// assets/audio/recorded into <resources>/audio (extraResources, electron-builder.yml): outside
// app.asar, so 60 MB of clips do not weigh on the archive's integrity check at every start.
// From a checkout (`npm start` with Electron), the repository's own folders.
import path from 'node:path';

export interface AudioDirs {
  /** Synthetic clips: <language>/<card>.<hash>.ogg */
  cacheDir: string;
  /** Recorded clips: <language>/<card>.ogg */
  recordedDir: string;
}

type PathApi = Pick<typeof path, 'join' | 'resolve' | 'sep'>;

/** `rendererDir` is …/resources/app.asar/dist/renderer packaged, <repo>/dist/renderer otherwise. */
export function audioDirsFor(rendererDir: string, pathApi: PathApi = path): AudioDirs {
  const parts = rendererDir.split(pathApi.sep);
  const asar = parts.lastIndexOf('app.asar');
  if (asar > 0) {
    const audio = pathApi.join(parts.slice(0, asar).join(pathApi.sep) || pathApi.sep, 'audio');
    return { cacheDir: audio, recordedDir: pathApi.join(audio, 'recorded') };
  }
  const root = pathApi.resolve(rendererDir, '..', '..');
  return {
    cacheDir: pathApi.join(root, '.cache', 'audio'),
    recordedDir: pathApi.join(root, 'assets', 'audio', 'recorded'),
  };
}
