// The phrasebook the clinic shared: filter it, and push a card to the family screen. The
// last push is confirmed in a live region, so the interpreter knows it left.
import { useState } from 'react';
import type { CallContext } from '../../shared/calls/call-context';
import { languageInfo } from '../../shared/domain/languages';
import { fr } from './strings-fr';

interface Props {
  context: CallContext;
  onPush: (cardId: string) => void;
}

export function Phrasebook({ context, onPush }: Props) {
  const [filter, setFilter] = useState('');
  const [pushed, setPushed] = useState<string | null>(null);
  const t = fr.call;
  const needle = filter.trim().toLocaleLowerCase('fr-FR');
  const entries = context.phrasebook.filter(
    (entry) => needle === '' || entry.french.toLocaleLowerCase('fr-FR').includes(needle),
  );
  const info = languageInfo(context.language);
  return (
    <section aria-labelledby="phrasebook-heading" className="phrasebook">
      <h4 id="phrasebook-heading">{t.phrasebook}</h4>
      <label htmlFor="phrasebook-filter">{t.filter}</label>
      <input
        id="phrasebook-filter"
        type="search"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
        }}
      />
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <p>
              {entry.french}
              <br />
              <span lang={context.language} dir={info.direction}>
                {entry.family}
              </span>
            </p>
            <button
              type="button"
              aria-label={`${t.push} : ${entry.french}`}
              onClick={() => {
                onPush(entry.id);
                setPushed(entry.french);
              }}
            >
              {t.push}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="phrasebook-pushed">
        {pushed ? t.pushed(pushed) : ''}
      </p>
    </section>
  );
}
