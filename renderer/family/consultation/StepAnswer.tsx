// Picks the answer widget for the step's answer kind.
import type { AnswerValue, AnswerSpec } from '../../../shared/content/answer';
import type { CardViewModel } from '../../content/card-view-model';
import { BodyMapAnswer } from '../answers/BodyMapAnswer';
import { MultipleAnswer, SingleAnswer } from '../answers/ChoiceAnswer';
import { DateAnswer } from '../answers/DateAnswer';
import { NextAnswer, PainScaleAnswer, YesNoAnswer } from '../answers/FixedAnswers';
import { NumberAnswer } from '../answers/NumberAnswer';
import type { Figure } from '../answers/body-shapes';
import { uiCards } from './family-labels';

export function StepAnswer(props: {
  spec: AnswerSpec;
  previous: AnswerValue | null;
  card: (id: string) => CardViewModel;
  onAnswer: (value: AnswerValue) => void;
  figure: Figure;
}) {
  const { spec, previous, card, onAnswer } = props;
  const common = { previous, card, onAnswer };
  switch (spec.kind) {
    case 'none':
      return <NextAnswer {...common} spec={spec} label={card(uiCards.next).text} />;
    case 'single':
      return <SingleAnswer {...common} spec={spec} />;
    case 'multiple':
      return <MultipleAnswer {...common} spec={spec} />;
    case 'yes-no':
      return <YesNoAnswer {...common} spec={spec} />;
    case 'pain-scale':
      return <PainScaleAnswer {...common} spec={spec} />;
    case 'body-map':
      return <BodyMapAnswer {...common} spec={spec} figure={props.figure} />;
    case 'number':
      return <NumberAnswer {...common} spec={spec} />;
    case 'date':
      return <DateAnswer {...common} spec={spec} today={new Date()} />;
  }
}
