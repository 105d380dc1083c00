// React access to the content bundle: the pack and one language's texts, loaded on first use
// and shared by every component (load-content.ts caches the requests).
import { useEffect, useState } from 'react';
import { CodedError } from '../../shared/bridge/result';
import type { PackBundle, TextBundle } from '../../shared/content/bundle';
import type { LanguageCode } from '../../shared/domain/languages';
import { loadPack, loadTexts } from './load-content';

export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string };

const loading = { status: 'loading' } as const;

function useLoaded<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  // Results are kept with the key they answer, so a changed key reads as "loading" at once
  // without resetting state inside the effect.
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> } | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (value) => {
        if (live) setResult({ key, loaded: { status: 'ready', value } });
      },
      (error: unknown) => {
        // A coded error (CONTENT_DAMAGED) keeps its code in front, for whoever reads the screen.
        const message =
          error instanceof CodedError ? `${error.code}: ${error.message}` : String(error);
        if (live) setResult({ key, loaded: { status: 'failed', message } });
      },
    );
    return () => {
      live = false;
    };
    // `key` names what `load` loads; the function itself is recreated on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result?.key === key ? result.loaded : loading;
}

export function usePack(): Loaded<PackBundle> {
  return useLoaded(loadPack, 'pack');
}

export function useTexts(language: LanguageCode | null): Loaded<TextBundle> {
  return useLoaded(language ? () => loadTexts(language) : null, language ?? '');
}
