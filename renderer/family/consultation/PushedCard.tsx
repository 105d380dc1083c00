// A phrase the doctor (or the interpreter) put on the family's screen: shown over the flow
// with its sound, until the family touches "OK".
import type { CardViewModel } from '../../content/card-view-model';
import { DoneTile } from '../answers/DoneTile';
import { CardStage } from './CardStage';
import { uiCards } from './family-labels';

export function PushedCard(props: {
  card: CardViewModel;
  label: (id: string) => string;
  playKey: number;
  onAskInterpreter: () => void;
  onClose: () => void;
}) {
  return (
    <div className="pushed-card" data-testid="pushed-card">
      <CardStage
        card={props.card}
        label={props.label}
        playKey={props.playKey}
        onAskInterpreter={props.onAskInterpreter}
      />
      <DoneTile label={props.label(uiCards.close)} testId="pushed-close" onPress={props.onClose} />
    </div>
  );
}
