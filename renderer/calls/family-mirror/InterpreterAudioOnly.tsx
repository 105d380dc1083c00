// Instead of a black box when the interpreter is audio-only: the ui.interpreter-voice-only
// card's pictogram (a speaking head) in the video's place, so a family that may not read
// still sees that the interpreter is there and speaking. Labelled in the family's
// language; in French if that text is missing (an unlabelled image would say nothing).
import { Pictograms } from '../../components/Pictograms';
import type { CardViewModel } from '../../content/card-view-model';
import './family-mirror.css';

const FALLBACK_LABEL_FR = 'L’interprète est en ligne : son seulement.';

export function InterpreterAudioOnly({ card }: { card: CardViewModel }) {
  const fallback = card.missing ? ({ lang: 'fr', dir: 'ltr' } as const) : {};
  return (
    <div
      className="family-interpreter-video family-interpreter-audio-only"
      data-testid="interpreter-audio-only"
      {...fallback}
    >
      <Pictograms urls={card.pictograms} label={card.missing ? FALLBACK_LABEL_FR : card.text} />
    </div>
  );
}
