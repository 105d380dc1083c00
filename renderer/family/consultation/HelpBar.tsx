// Always on the family screen: "I don't understand", "repeat", "I want the interpreter",
// "stop". Each is logged and shown to the doctor; each is a pictogram with its name in the
// family's language for screen readers and for those who read.
import type { FamilySignal } from '../../../shared/consultation/events';
import { uiCards } from './family-labels';
import { HelpPictogram } from './help-pictograms';

const buttons: { signal: FamilySignal; card: string }[] = [
  { signal: 'dont-understand', card: uiCards.dontUnderstand },
  { signal: 'repeat', card: uiCards.repeat },
  { signal: 'want-interpreter', card: uiCards.wantInterpreter },
  { signal: 'stop', card: uiCards.stop },
];

export function HelpBar(props: {
  label: (id: string) => string;
  onSignal: (signal: FamilySignal) => void;
  lastSignal: FamilySignal | null;
}) {
  return (
    <nav className="help-bar">
      {buttons.map((button) => (
        <button
          key={button.signal}
          type="button"
          className={`help-button help-${button.signal}`}
          data-testid={`signal-${button.signal}`}
          data-sent={props.lastSignal === button.signal}
          onClick={() => {
            props.onSignal(button.signal);
          }}
        >
          <HelpPictogram signal={button.signal} />
          <span className="help-text">{props.label(button.card)}</span>
        </button>
      ))}
    </nav>
  );
}
