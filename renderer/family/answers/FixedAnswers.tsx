// The answer kinds with fixed buttons: yes / no / don't know, the six pain faces, and
// "next" for information cards.
import {
  painFaceCards,
  painScaleValues,
  yesNoCards,
  yesNoValues,
} from '../../../shared/content/answer';
import { ArrowPictogram } from '../consultation/help-pictograms';
import type { AnswerProps } from './answer-props';
import { AnswerTile } from './AnswerTile';
import { useTestIds } from '../shown-test-ids';

export function YesNoAnswer(props: AnswerProps<'yes-no'>) {
  const previous = props.previous?.kind === 'yes-no' ? props.previous.value : null;
  return (
    <div className="answer-grid answer-grid-three">
      {yesNoValues.map((value) => (
        <AnswerTile
          key={value}
          card={props.card(yesNoCards[value])}
          chosen={previous === value}
          testId={`answer-${value}`}
          onPress={() => {
            props.onAnswer({ kind: 'yes-no', value });
          }}
        />
      ))}
    </div>
  );
}

export function PainScaleAnswer(props: AnswerProps<'pain-scale'>) {
  const previous = props.previous?.kind === 'pain-scale' ? props.previous.value : null;
  return (
    // The faces run from no pain to worst pain in reading order: mirrored in RTL, as a
    // right-to-left reader expects.
    <div className="answer-row pain-faces">
      {painScaleValues.map((value) => (
        <AnswerTile
          key={value}
          card={props.card(painFaceCards[value])}
          chosen={previous === value}
          testId={`pain-${String(value)}`}
          onPress={() => {
            props.onAnswer({ kind: 'pain-scale', value });
          }}
        />
      ))}
    </div>
  );
}

export function NextAnswer(props: AnswerProps<'none'> & { label: string }) {
  const testId = useTestIds();
  return (
    <div className="answer-row">
      <button
        type="button"
        className="answer-tile answer-next"
        data-testid={testId('answer-next')}
        aria-label={props.label}
        onClick={() => {
          props.onAnswer({ kind: 'none' });
        }}
      >
        <ArrowPictogram direction="forward" />
      </button>
    </div>
  );
}
