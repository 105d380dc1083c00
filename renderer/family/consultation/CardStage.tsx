// The card the family is asked about: big pictogram(s), the short text in their language,
// and its sound (played on show, replayable; a plain "no sound" state where there is none).
import { Pictograms } from '../../components/Pictograms';
import type { CardViewModel } from '../../content/card-view-model';
import { AudioButton } from '../audio/AudioButton';
import { uiCards } from './family-labels';
import { useTestIds } from '../shown-test-ids';

export function CardStage(props: {
  card: CardViewModel;
  label: (id: string) => string;
  onAskInterpreter: () => void;
  /** Changes on "repeat": a new key replays the clip. */
  playKey: number;
}) {
  const testId = useTestIds();
  const { card } = props;
  return (
    <div className="card-stage" data-testid={testId('family-card')} data-card-id={card.id}>
      <Pictograms urls={card.pictograms} label={card.text || null} size="big" />
      <h1
        className="card-text"
        // Focusable by script only: the focus follows the card when its step leaves (StepDeck).
        tabIndex={-1}
        data-testid={testId('family-card-text')}
        elementtiming="family-card"
      >
        {card.missing ? '' : card.text}
      </h1>
      <AudioButton
        key={`${card.id}:${String(props.playKey)}`}
        audio={card.audio}
        autoPlay
        label={props.label(uiCards.repeat)}
        noAudioLabel={props.label(uiCards.noAudio)}
        interpreterLabel={props.label(uiCards.wantInterpreter)}
        onAskInterpreter={props.onAskInterpreter}
      />
    </div>
  );
}
