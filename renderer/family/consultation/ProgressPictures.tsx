// Progress as pictures: one filled dot per answered step, hollow ones for what remains (the
// default route; branches may change it). Follows the reading direction. No numbers.
import { useTestIds } from '../shown-test-ids';

export function ProgressPictures(props: { done: number; remaining: number }) {
  const testId = useTestIds();
  const total = props.done + props.remaining + 1;
  return (
    <ol className="progress-pictures" aria-hidden="true" data-testid={testId('progress')}>
      {Array.from({ length: total }, (_, index) => (
        <li
          key={index}
          data-state={index < props.done ? 'done' : index === props.done ? 'current' : 'todo'}
        />
      ))}
    </ol>
  );
}
