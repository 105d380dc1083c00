// A flow: an ordered list of steps the doctor runs with the family. Each step shows a card and
// takes one kind of answer; branches jump forward to another step (or end) on given answers.
import { z } from 'zod';
import { ConsultationTypeId } from '../domain/consultation-types';
import { AnswerSpec, BodyRegion, yesNoValues } from './answer';
import { CardId, FlowId, OptionId, StepId } from './ids';

/** A condition on the answer to the step that owns the branch. */
export const Condition = z.union([
  z.strictObject({ option: OptionId }), // single: chose it; multiple: included it
  z.strictObject({ yesNo: z.enum(yesNoValues) }),
  z.strictObject({ atLeast: z.number() }), // pain-scale and number
  z.strictObject({ region: BodyRegion }),
]);
export type Condition = z.infer<typeof Condition>;

export const END = 'end';

export const Branch = z.strictObject({
  when: Condition,
  /** A later step's id, or "end". */
  goto: z.union([StepId, z.literal(END)]),
});
export type Branch = z.infer<typeof Branch>;

export const Step = z.strictObject({
  id: StepId,
  card: CardId,
  answer: AnswerSpec,
  /** First matching branch wins; none matching means `next`, or else the following step. */
  branches: z.array(Branch).default([]),
  next: z.union([StepId, z.literal(END)]).optional(),
});
export type Step = z.infer<typeof Step>;

export const Flow = z.strictObject({
  id: FlowId,
  titleFr: z.string().min(3),
  consultationTypes: z.array(ConsultationTypeId).min(1),
  steps: z.array(Step).min(1),
});
export type Flow = z.infer<typeof Flow>;
