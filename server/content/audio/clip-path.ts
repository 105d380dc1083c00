// The only two shapes of clip URL the app serves, shared by the web shell and Electron's app://:
//   audio/<language>/<card>.<hash16>.ogg     a synthetic clip (the audio cache)
//   audio/recorded/<language>/<card>.ogg     a recorded clip
// Each part is checked against the content's own id rules, so "..", "%2f", other extensions or
// extra folders never reach the file system.
import { CardId } from '../../../shared/content/ids';
import { LanguageCode } from '../../../shared/domain/languages';
import { CLIP_EXTENSION } from './audio-format';

export type ClipPath =
  | { kind: 'synthetic'; language: LanguageCode; card: CardId; file: string }
  | { kind: 'recorded'; language: LanguageCode; card: CardId; file: string };

const suffix = `.${CLIP_EXTENSION}`;
const hashed = /^(.+)\.([0-9a-f]{16})$/;

/** `pathname` as in a URL ("/audio/fr/…"); the returned `file` is relative to the audio folder. */
export function parseClipPath(pathname: string): ClipPath | null {
  if (!pathname.startsWith('/audio/')) return null;
  const segments = pathname.slice('/audio/'.length).split('/');
  const recorded = segments[0] === 'recorded';
  const [code, name] = recorded ? segments.slice(1) : segments;
  if (segments.length !== (recorded ? 3 : 2) || !code || !name?.endsWith(suffix)) return null;
  const language = LanguageCode.safeParse(code);
  if (!language.success) return null;
  const stem = name.slice(0, -suffix.length);
  const card = CardId.safeParse(recorded ? stem : hashed.exec(stem)?.[1]);
  if (!card.success) return null;
  const file = `${recorded ? 'recorded/' : ''}${language.data}/${name}`;
  return {
    kind: recorded ? 'recorded' : 'synthetic',
    language: language.data,
    card: card.data,
    file,
  };
}
