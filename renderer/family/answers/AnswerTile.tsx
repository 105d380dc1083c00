// One big answer button: pictogram(s) above a short text, ≥ 64 px, no hover, one tap.
import type { ReactNode } from 'react';
import type { CardViewModel } from '../../content/card-view-model';
import { Pictograms } from '../../components/Pictograms';
import { useTestIds } from '../shown-test-ids';

export function AnswerTile(props: {
  card: CardViewModel;
  onPress: () => void;
  /** Multiple choice: the tile stays pressed until tapped again. */
  pressed?: boolean | undefined;
  /** The answer given before "back": shown so the family sees what it chose. */
  chosen?: boolean;
  extra?: ReactNode;
  testId?: string;
}) {
  const testId = useTestIds();
  return (
    <button
      type="button"
      className="answer-tile"
      aria-pressed={props.pressed}
      data-chosen={props.chosen === true}
      data-testid={testId(props.testId ?? `answer-${props.card.id}`)}
      onClick={props.onPress}
    >
      <Pictograms urls={props.card.pictograms} label={null} size="tile" />
      <span className="answer-text">{props.card.missing ? '…' : props.card.text}</span>
      {props.extra}
    </button>
  );
}
