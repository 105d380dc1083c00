// Between flows or while paused: nothing to answer, a calm hourglass and one short sentence.
import { WaitPictogram } from './help-pictograms';

export function WaitScreen(props: { label: string }) {
  return (
    <div className="wait-screen" data-testid="family-wait">
      <WaitPictogram />
      <h1 className="card-text">{props.label}</h1>
    </div>
  );
}
