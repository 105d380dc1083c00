// One flow step as the family sees it: back and progress, the card, and its answers.
import { memo } from 'react';
import type { AnswerValue } from '../../../shared/content/answer';
import type { Flow } from '../../../shared/content/flow';
import type { CurrentStep } from '../../../shared/consultation/state';
import type { CardViewModel } from '../../content/card-view-model';
import type { Figure } from '../answers/body-shapes';
import { CardStage } from './CardStage';
import { StepAnswer } from './StepAnswer';
import { StepNavigation } from './StepNavigation';
import { uiCards } from './family-labels';

export interface StepActions {
  onAnswer: (step: CurrentStep, value: AnswerValue) => void;
  onBack: (step: CurrentStep) => void;
  onAskInterpreter: () => void;
}

function StepViewDrawing(props: {
  step: CurrentStep;
  flow: Flow | undefined;
  card: (id: string) => CardViewModel;
  figure: Figure;
  /** Changes on "repeat": replays the card's sound. */
  playKey: number;
  actions: StepActions;
}) {
  const { step, card, actions } = props;
  const label = (id: string) => card(id).text;
  const spec = props.flow?.steps.find((candidate) => candidate.id === step.stepId)?.answer;
  return (
    <div className="step">
      <StepNavigation
        step={step}
        backLabel={label(uiCards.back)}
        onBack={() => {
          actions.onBack(step);
        }}
      />
      <CardStage
        card={card(step.cardId)}
        label={label}
        playKey={props.playKey}
        onAskInterpreter={actions.onAskInterpreter}
      />
      {spec && (
        <StepAnswer
          spec={spec}
          previous={step.previous}
          card={card}
          onAnswer={(value) => {
            actions.onAnswer(step, value);
          }}
          figure={props.figure}
        />
      )}
    </div>
  );
}

type StepViewProps = Parameters<typeof StepViewDrawing>[0];

/** Steps carry plain data that predictions rebuild as new objects: equal is the same step. */
const sameProps = (before: StepViewProps, after: StepViewProps) =>
  before.flow === after.flow &&
  before.card === after.card &&
  before.figure === after.figure &&
  before.playKey === after.playKey &&
  before.actions === after.actions &&
  (before.step === after.step || JSON.stringify(before.step) === JSON.stringify(after.step));

/** Drawn again only when its step or its inputs change, not whenever another step is shown. */
export const StepView = memo(StepViewDrawing, sameProps);
