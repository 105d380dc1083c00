// How a step is answered (its kind, in the flow file) and the canonical answer value the family
// gives (stored in the session log, rendered in French for the doctor). Values are ids and
// numbers, never free text, so a log never holds a sentence a family typed.
import { z } from 'zod';
import { CardId, OptionId } from './ids';

/** Regions of the body map; the renderer draws one tappable zone per id. */
export const BodyRegion = z.enum([
  'head',
  'eyes',
  'ears',
  'mouth',
  'throat',
  'chest',
  'belly',
  'back',
  'arms',
  'hands',
  'legs',
  'feet',
  'skin',
  'genital-area',
]);
export type BodyRegion = z.infer<typeof BodyRegion>;

export const Option = z.strictObject({ id: OptionId, card: CardId });
export type Option = z.infer<typeof Option>;

export const NumberUnit = z.enum(['days', 'weeks', 'months', 'years', 'times', 'kg']);

export const AnswerSpec = z.discriminatedUnion('kind', [
  /** Information or instruction: the family just moves on. */
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('single'), options: z.array(Option).min(2).max(12) }),
  z.strictObject({ kind: z.literal('multiple'), options: z.array(Option).min(2).max(12) }),
  /** Always three buttons, with the shared cards answer.yes / answer.no / answer.dont-know. */
  z.strictObject({ kind: z.literal('yes-no') }),
  /** Pain faces, 0–10 in steps of 2 (six faces), as in the Faces Pain Scale – Revised. */
  z.strictObject({ kind: z.literal('pain-scale') }),
  z.strictObject({
    kind: z.literal('body-map'),
    regions: z.array(BodyRegion).min(2),
    multiple: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('number'),
    unit: NumberUnit,
    min: z.number().int().min(0),
    max: z.number().int().positive(),
  }),
  /**
   * Pictogram calendar, never `Intl`: Chromium has no date data for ps, ti, so, wo, ka, sq,
   * so the renderer draws digits and month pictograms itself.
   */
  z.strictObject({ kind: z.literal('date'), precision: z.enum(['day', 'month']) }),
]);
export type AnswerSpec = z.infer<typeof AnswerSpec>;
export type AnswerKind = AnswerSpec['kind'];

export const yesNoValues = ['yes', 'no', 'dont-know'] as const;
export const painScaleValues = [0, 2, 4, 6, 8, 10] as const;

export const AnswerValue = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('single'), option: OptionId }),
  z.strictObject({ kind: z.literal('multiple'), options: z.array(OptionId).min(1) }),
  z.strictObject({ kind: z.literal('yes-no'), value: z.enum(yesNoValues) }),
  z.strictObject({
    kind: z.literal('pain-scale'),
    value: z.union(painScaleValues.map((value) => z.literal(value))),
  }),
  z.strictObject({ kind: z.literal('body-map'), regions: z.array(BodyRegion).min(1) }),
  z.strictObject({ kind: z.literal('number'), value: z.number().int() }),
  z.strictObject({
    kind: z.literal('date'),
    value: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM or YYYY-MM-DD'),
  }),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** The cards the fixed-choice kinds show as their buttons; the checker makes sure they exist. */
export const yesNoCards: Readonly<Record<(typeof yesNoValues)[number], string>> = {
  yes: 'answer.yes',
  no: 'answer.no',
  'dont-know': 'answer.dont-know',
};

export const painFaceCards: Readonly<Record<(typeof painScaleValues)[number], string>> = {
  0: 'pain.face-0',
  2: 'pain.face-2',
  4: 'pain.face-4',
  6: 'pain.face-6',
  8: 'pain.face-8',
  10: 'pain.face-10',
};
