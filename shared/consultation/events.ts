// The data each consultation event carries in the session log. The same schemas check what
// the service writes and what it reads back when it rebuilds a session after a crash, so a
// log written by an older build cannot put the screens in an impossible state.
import { z } from 'zod';
import { AnswerValue } from '../content/answer';
import { CardId, FlowId, StepId } from '../content/ids';
import { DONT_UNDERSTAND } from '../domain/session-events';

/** The buttons always on the family screen (besides "back"). */
export const FamilySignal = z.enum(['dont-understand', 'repeat', 'want-interpreter', 'stop']);
export type FamilySignal = z.infer<typeof FamilySignal>;

/** Who put a phrase card on the family screen. */
export const PhraseSource = z.enum(['doctor', 'interpreter']);
export type PhraseSource = z.infer<typeof PhraseSource>;

export const consultationEventData = {
  'flow.started': z.object({ flowId: FlowId }),
  /** `answer` is the canonical value, or "dont-understand" (kept as the statistics read it). */
  'answer.given': z.object({
    flowId: FlowId,
    stepId: StepId,
    cardId: CardId,
    answer: z.union([AnswerValue, z.literal(DONT_UNDERSTAND)]),
  }),
  'flow.back': z.object({ flowId: FlowId, stepId: StepId }),
  'flow.finished': z.object({ flowId: FlowId }),
  'family.signal': z.object({ signal: FamilySignal, cardId: CardId.nullable() }),
  'phrase.pushed': z.object({ cardId: CardId, by: PhraseSource }),
  'phrase.dismissed': z.object({ cardId: CardId }),
  'consent.given': z.object({
    flowId: FlowId,
    cardId: CardId,
    value: z.enum(['yes', 'no', 'dont-know']),
  }),
  'session.paused': z.object({}),
  'session.resumed': z.object({}),
} as const;

export type ConsultationEventType = keyof typeof consultationEventData;
export type ConsultationEventData<T extends ConsultationEventType> = z.infer<
  (typeof consultationEventData)[T]
>;

/** A yes/no step on one of these cards is a consent: logged as such, with its time. */
export function isConsentCard(cardId: string): boolean {
  return cardId.startsWith('consent.') || cardId.endsWith('.consent');
}
