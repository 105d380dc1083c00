// What the interpreter sees during a call, built from the consultation state: the current
// card and the answers in the family's language and in French, and the phrasebook to push.
import type { CallContext, ContextAnswer } from '../../../shared/calls/call-context';
import type { ConsultationState } from '../../../shared/consultation/state';
import type { ConsultationTypeId } from '../../../shared/domain/consultation-types';
import type { LanguageCode } from '../../../shared/domain/languages';
import { cardViewModel } from '../../content/card-view-model';
import { answerFr, type FrenchText } from './answer-fr';
import { painFaceCards, yesNoCards, type AnswerValue } from '../../../shared/content/answer';
import type { Flow } from '../../../shared/content/flow';

/** The family-language wording of an answer, from the same cards the family tapped; numbers
 * and dates stay as digits. */
function answerInFamilyLanguage(
  value: AnswerValue,
  context: { flow: Flow | undefined; stepId: string; fr: FrenchText },
): string {
  const text = context.fr;
  if (value.kind === 'yes-no') return text(yesNoCards[value.value]);
  if (value.kind === 'pain-scale') {
    return `${text(painFaceCards[value.value])} (${String(value.value)}/10)`;
  }
  if (value.kind === 'body-map')
    return value.regions.map((region) => text(`body.${region}`)).join(', ');
  if (value.kind === 'number') return String(value.value);
  if (value.kind === 'date') return value.value;
  return answerFr(value, context);
}
import type { DoctorContent } from './use-doctor-content';

export function buildCallContext(input: {
  version: number;
  state: ConsultationState;
  content: DoctorContent;
  language: LanguageCode;
  consultationType: ConsultationTypeId;
}): CallContext {
  const { state, content } = input;
  const familyText = (id: string) => content.family?.texts[id]?.text ?? '';
  const cardId = state.pushed?.cardId ?? state.step?.cardId ?? null;
  const answers: ContextAnswer[] = state.timeline.flatMap((entry) => {
    if (entry.kind !== 'answer' || entry.answer.kind === 'none') return [];
    const flow = content.pack.flows.find((candidate) => candidate.id === entry.flowId);
    const french = answerFr(entry.answer, { flow, stepId: entry.stepId, fr: content.fr });
    const family = answerInFamilyLanguage(entry.answer, {
      flow,
      stepId: entry.stepId,
      fr: familyText,
    });
    return [
      {
        questionFamily: familyText(entry.cardId),
        questionFrench: content.fr(entry.cardId),
        answerFamily: family,
        answerFrench: french,
        at: entry.at,
      },
    ];
  });
  return {
    version: input.version,
    language: input.language,
    consultationType: input.consultationType,
    card: cardId
      ? {
          id: cardId,
          family: familyText(cardId),
          french: content.fr(cardId),
          pictograms: cardViewModel(content.pack, content.french, cardId).pictograms,
        }
      : null,
    answers,
    phrasebook: content.pack.phrasebook.flatMap((category) =>
      category.cards.map((id) => ({ id, french: content.fr(id), family: familyText(id) })),
    ),
  };
}
