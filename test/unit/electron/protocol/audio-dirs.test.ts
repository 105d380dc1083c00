import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audioDirsFor } from '../../../../electron/protocol/audio-dirs';

describe('audioDirsFor', () => {
  it('finds the shipped clips beside app.asar once packaged (Linux)', () => {
    expect(audioDirsFor('/opt/Interpretable/resources/app.asar/dist/renderer', path.posix)).toEqual(
      {
        cacheDir: '/opt/Interpretable/resources/audio',
        recordedDir: '/opt/Interpretable/resources/audio/recorded',
      },
    );
  });

  it('finds the shipped clips beside app.asar once packaged (Windows)', () => {
    expect(
      audioDirsFor(
        'C:\\Program Files\\Interpretable\\resources\\app.asar\\dist\\renderer',
        path.win32,
      ),
    ).toEqual({
      cacheDir: 'C:\\Program Files\\Interpretable\\resources\\audio',
      recordedDir: 'C:\\Program Files\\Interpretable\\resources\\audio\\recorded',
    });
  });

  it('uses the checkout’s cache and recordings when run from the repository', () => {
    expect(audioDirsFor('/work/repo/dist/renderer', path.posix)).toEqual({
      cacheDir: '/work/repo/.cache/audio',
      recordedDir: '/work/repo/assets/audio/recorded',
    });
  });
});
