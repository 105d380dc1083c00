// Back (always possible after the first step) and progress as pictures, in reading order.
import type { CurrentStep } from '../../../shared/consultation/state';
import { ArrowPictogram } from './help-pictograms';
import { ProgressPictures } from './ProgressPictures';

export function StepNavigation(props: {
  step: CurrentStep;
  backLabel: string;
  onBack: () => void;
}) {
  return (
    <div className="step-navigation">
      <button
        type="button"
        className="back-button"
        data-testid="family-back"
        aria-label={props.backLabel}
        disabled={!props.step.canGoBack}
        onClick={props.onBack}
      >
        <ArrowPictogram direction="backward" />
      </button>
      <ProgressPictures done={props.step.done} remaining={props.step.remaining} />
    </div>
  );
}
