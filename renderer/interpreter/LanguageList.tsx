// The interpreter's languages: French name for the clinic's vocabulary, native name in its
// own script and direction so it renders (and is read aloud) correctly.
import { languageInfo, type LanguageCode } from '../../shared/domain/languages';

export function LanguageList({ codes }: { codes: readonly LanguageCode[] }) {
  return (
    <ul className="language-list">
      {codes.map((code) => {
        const info = languageInfo(code);
        return (
          <li key={code}>
            {info.frenchName}{' '}
            <span lang={code} dir={info.direction} className="native-name">
              {info.nativeName}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
