// What the family is looking at right now, for the doctor: the same pictograms, the text in
// the family's language and in French, whether it has sound, and how far the translation can
// be trusted.
import type { ConsultationState } from '../../../shared/consultation/state';
import type { LanguageInfo } from '../../../shared/domain/languages';
import { Pictograms } from '../../components/Pictograms';
import { cardViewModel } from '../../content/card-view-model';
import { BorrowedVoiceMarker } from '../../family/audio/VoiceMarker';
import { DraftMarker } from './DraftMarker';
import type { DoctorContent } from './use-doctor-content';

export function FamilyMirror(props: {
  state: ConsultationState;
  content: DoctorContent;
  language: LanguageInfo | null;
}) {
  const { state, content, language } = props;
  const cardId = state.pushed?.cardId ?? state.step?.cardId ?? null;
  const what = state.paused
    ? 'Pause : la famille voit « attendez »'
    : state.pushed
      ? 'Phrase affichée sur l’écran de la famille'
      : state.step
        ? `Question en cours (${content.pack.flows.find((f) => f.id === state.step?.flowId)?.titleFr ?? ''})`
        : 'Aucune question : la famille voit « attendez »';
  const family =
    cardId && content.family ? cardViewModel(content.pack, content.family, cardId) : null;
  return (
    <section className="panel mirror" aria-labelledby="mirror-heading" data-testid="family-mirror">
      <h2 id="mirror-heading">Écran de la famille</h2>
      <p className="mirror-what" aria-live="polite">
        {what}
      </p>
      {cardId && !state.paused && (
        <div className="mirror-card" data-card-id={cardId}>
          <Pictograms
            urls={cardViewModel(content.pack, content.french, cardId).pictograms}
            label={content.fr(cardId)}
            size="small"
          />
          <p className="mirror-fr" lang="fr">
            {content.fr(cardId)}
          </p>
          {family && language && (
            <p className="mirror-family" lang={language.code} dir={language.direction}>
              {family.missing ? '—' : family.text}
            </p>
          )}
          {family && (
            <p className="mirror-markers">
              <DraftMarker draft={family.draft} lowConfidence={family.lowConfidence} />
              {family.audio.kind === 'none' ? (
                <span className="marker marker-low">Pas d’audio dans cette langue</span>
              ) : (
                <BorrowedVoiceMarker audio={family.audio} />
              )}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
