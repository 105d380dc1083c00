// Back (always possible after the first step) and progress as pictures, in reading order.
import type { CurrentStep } from '../../../shared/consultation/state';
import { ArrowPictogram } from './help-pictograms';
import { ProgressPictures } from './ProgressPictures';
import { useTestIds } from '../shown-test-ids';

export function StepNavigation(props: {
  step: CurrentStep;
  backLabel: string;
  onBack: () => void;
}) {
  const testId = useTestIds();
  return (
    <div className="step-navigation">
      <button
        type="button"
        className="back-button"
        data-testid={testId('family-back')}
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
