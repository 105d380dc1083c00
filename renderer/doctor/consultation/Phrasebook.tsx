// The phrasebook: categories of cards the doctor shows on the family screen in one tap, and
// a search over their French texts (accents and case ignored).
import { useState } from 'react';
import type { PhrasebookCategory } from '../../../shared/content/phrasebook';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function Phrasebook(props: {
  categories: readonly PhrasebookCategory[];
  fr: (cardId: string) => string;
  onPush: (cardId: string) => void;
  disabled: boolean;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(props.categories[0]?.id ?? null);
  const needle = fold(query.trim());
  const matches = needle
    ? props.categories
        .flatMap((category) => category.cards)
        .filter((id) => fold(props.fr(id)).includes(needle))
    : null;
  const phrase = (id: string) => (
    <li key={id}>
      <button
        type="button"
        className="phrase-button"
        data-testid={`phrase-${id}`}
        disabled={props.disabled}
        onClick={() => {
          props.onPush(id);
        }}
      >
        {props.fr(id)}
      </button>
    </li>
  );
  return (
    <section className="panel phrasebook" aria-labelledby="phrasebook-heading">
      <h2 id="phrasebook-heading">Phrases à montrer</h2>
      <label className="search">
        Rechercher une phrase
        <input
          type="search"
          value={query}
          data-testid="phrase-search"
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
      </label>
      {matches ? (
        <ul className="phrase-list" aria-live="polite">
          {matches.length === 0 ? (
            <li className="hint">Aucune phrase ne correspond.</li>
          ) : (
            [...new Set(matches)].map(phrase)
          )}
        </ul>
      ) : (
        <div className="phrase-categories">
          <div className="category-tabs" role="group" aria-label="Catégories">
            {props.categories.map((category) => (
              <button
                key={category.id}
                type="button"
                aria-pressed={open === category.id}
                onClick={() => {
                  setOpen(category.id);
                }}
              >
                {category.titleFr}
              </button>
            ))}
          </div>
          <ul className="phrase-list">
            {props.categories.find((category) => category.id === open)?.cards.map(phrase)}
          </ul>
        </div>
      )}
    </section>
  );
}
