// Single choice answers on the first tap; multiple choice toggles tiles and confirms with
// the big "done" tile, which stays disabled until something is chosen.
import { useState } from 'react';
import type { AnswerProps } from './answer-props';
import { AnswerTile } from './AnswerTile';
import { DoneTile } from './DoneTile';

export function SingleAnswer(props: AnswerProps<'single'>) {
  const previous = props.previous?.kind === 'single' ? props.previous.option : null;
  return (
    <div className="answer-grid">
      {props.spec.options.map((option) => (
        <AnswerTile
          key={option.id}
          card={props.card(option.card)}
          chosen={previous === option.id}
          onPress={() => {
            props.onAnswer({ kind: 'single', option: option.id });
          }}
        />
      ))}
    </div>
  );
}

export function MultipleAnswer(props: AnswerProps<'multiple'>) {
  const [chosen, setChosen] = useState<string[]>(
    props.previous?.kind === 'multiple' ? props.previous.options : [],
  );
  const done = props.card('ui.done');
  return (
    <div className="answer-grid">
      {props.spec.options.map((option) => {
        const pressed = chosen.includes(option.id);
        return (
          <AnswerTile
            key={option.id}
            card={props.card(option.card)}
            pressed={pressed}
            onPress={() => {
              setChosen(pressed ? chosen.filter((id) => id !== option.id) : [...chosen, option.id]);
            }}
          />
        );
      })}
      <DoneTile
        label={done.text}
        disabled={chosen.length === 0}
        onPress={() => {
          props.onAnswer({ kind: 'multiple', options: chosen });
        }}
      />
    </div>
  );
}
