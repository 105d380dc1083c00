// What every screen knows about the running consultation: sent by the local service in the
// `consultation.changed` bridge event, rebuilt from the session log after a restart.
import { z } from 'zod';
import { AnswerValue } from '../content/answer';
import { CardId, FlowId, StepId } from '../content/ids';
import { FamilySignal, PhraseSource } from './events';

/** One line of the doctor's timeline (and of the summary), in the order it happened. */
export const TimelineEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flow-started'), at: z.iso.datetime(), flowId: FlowId }),
  z.object({ kind: z.literal('flow-finished'), at: z.iso.datetime(), flowId: FlowId }),
  z.object({
    kind: z.literal('answer'),
    at: z.iso.datetime(),
    flowId: FlowId,
    stepId: StepId,
    cardId: CardId,
    answer: AnswerValue,
    /** An explicit consent question (shared/consultation/events.ts isConsentCard). */
    consent: z.boolean(),
  }),
  z.object({
    kind: z.literal('signal'),
    at: z.iso.datetime(),
    signal: FamilySignal,
    cardId: CardId.nullable(),
  }),
  z.object({
    kind: z.literal('phrase'),
    at: z.iso.datetime(),
    cardId: CardId,
    by: PhraseSource,
  }),
  z.object({
    kind: z.literal('interpreter'),
    at: z.iso.datetime(),
    state: z.enum(['requested', 'connected', 'ended']),
  }),
  z.object({ kind: z.literal('paused'), at: z.iso.datetime(), paused: z.boolean() }),
]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** The step the family screen shows, with enough to draw it from the content pack. */
export const CurrentStep = z.object({
  flowId: FlowId,
  stepId: StepId,
  cardId: CardId,
  /** Steps answered so far in this flow, and a guess of how many remain (pictures only). */
  done: z.number().int().nonnegative(),
  remaining: z.number().int().nonnegative(),
  /** The answer given earlier when the family came back to this step. */
  previous: AnswerValue.nullable(),
  canGoBack: z.boolean(),
});
export type CurrentStep = z.infer<typeof CurrentStep>;

export const ConsultationState = z.object({
  sessionId: z.uuid(),
  /** How many events built this state: grows with every change, survives a restart. */
  revision: z.number().int().nonnegative(),
  paused: z.boolean(),
  step: CurrentStep.nullable(),
  /** A phrase card the doctor or interpreter put over the flow until the family closes it. */
  pushed: z.object({ cardId: CardId, by: PhraseSource }).nullable(),
  /** Bumped by "repeat" so the family screen replays the audio even on the same card. */
  repeatCount: z.number().int().nonnegative(),
  timeline: z.array(TimelineEntry),
  flowsFinished: z.array(FlowId),
});
export type ConsultationState = z.infer<typeof ConsultationState>;

/** The running flow's engine state (shared/content/flow-engine.ts FlowState) on the wire. */
export const FlowProgress = z.object({
  flowId: FlowId,
  path: z.array(StepId).min(1),
  answers: z.partialRecord(StepId, AnswerValue),
  done: z.boolean(),
});
export type FlowProgress = z.infer<typeof FlowProgress>;

/**
 * What the family's screen needs, and nothing more: no timeline of earlier answers (the
 * doctor's), which also kept growing the message on every tap. `flow` lets the screen run
 * the shared flow engine itself and show the next card as soon as it is tapped.
 */
export const ConsultationScreen = ConsultationState.pick({
  sessionId: true,
  revision: true,
  paused: true,
  step: true,
  pushed: true,
  repeatCount: true,
}).extend({ flow: FlowProgress.nullable() });
export type ConsultationScreen = z.infer<typeof ConsultationScreen>;
