// The big green check tile that confirms an answer built in several taps (multiple choice,
// body map, number pad) or closes a pushed card. Disabled until there is something to send.
import { useTestIds } from '../shown-test-ids';

export function DoneTile(props: {
  label: string;
  onPress: () => void;
  disabled?: boolean;
  testId?: string;
}) {
  const testId = useTestIds();
  return (
    <button
      type="button"
      className="answer-tile answer-done"
      data-testid={testId(props.testId ?? 'answer-done')}
      disabled={props.disabled ?? false}
      onClick={props.onPress}
    >
      <span className="done-mark" aria-hidden="true">
        ✓
      </span>
      <span className="answer-text">{props.label}</span>
    </button>
  );
}
