// The family's font, loaded as soon as its language is known and before its first card is
// drawn. The bundled faces load on demand: left to themselves, they are asked for only when
// the first card is laid out, so that layout runs first with a font of the PC (a slow search
// for one that has the script) and again once the bundled font arrives: about 60 ms of the
// first card's time on the benchmark's machine (decision 0076). Asked for here, the font
// loads while the pack and the texts do. A font that does not come never holds the card back
// for more than FONT_WAIT_MS.
import { useEffect, useState } from 'react';
import type { LanguageInfo } from '../../shared/domain/languages';

export const FONT_WAIT_MS = 1000;

/** The font-family the page's style sheet gives text in `code` (fonts.css, by :lang). */
function fontFamilyFor(code: string): string {
  const probe = document.createElement('span');
  probe.lang = code;
  probe.hidden = true;
  document.body.append(probe);
  const family = getComputedStyle(probe).fontFamily;
  probe.remove();
  return family;
}

/** Loads the faces (text and titles) that draw `sample` in `code`'s font; never rejects. */
export function loadLanguageFont(code: string, sample: string): Promise<void> {
  const family = fontFamilyFor(code);
  const loads = ['400', '700'].map((weight) =>
    document.fonts.load(`${weight} 1em ${family}`, sample),
  );
  const waited = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
  return Promise.race([
    Promise.all(loads).then(
      () => undefined,
      () => undefined,
    ),
    waited,
  ]);
}

/** True once the language's font is loaded (or given up on); true when there is no language. */
export function useLanguageFont(language: LanguageInfo | null): boolean {
  const [ready, setReady] = useState<string | null>(null);
  const code = language?.code ?? null;
  // The script's own letters, and Latin letters and digits, which family-language text
  // carries too (numbers, a name): fonts.css gives each its own face in the family's font.
  const sample = language ? `${language.nativeName} Aa 0123456789` : '';
  useEffect(() => {
    if (code === null) return;
    let live = true;
    void loadLanguageFont(code, sample).then(() => {
      if (live) setReady(code);
    });
    return () => {
      live = false;
    };
  }, [code, sample]);
  return code === null || ready === code;
}
