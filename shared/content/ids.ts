// Stable identifiers for content. They end up in the session log as canonical answers, so they
// are ASCII, lower case and never reused for another meaning: rename = new id.
import { z } from 'zod';

const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const idMessage = 'lower-case letters, digits, "." and "-" only (e.g. "symptoms.fever")';

function idSchema(what: string) {
  return z.string().max(80).regex(idPattern, `${what} id: ${idMessage}`);
}

export const CardId = idSchema('card');
export type CardId = z.infer<typeof CardId>;

export const FlowId = idSchema('flow');
export type FlowId = z.infer<typeof FlowId>;

export const StepId = idSchema('step');
export type StepId = z.infer<typeof StepId>;

export const OptionId = idSchema('option');
export type OptionId = z.infer<typeof OptionId>;

export const PictogramId = idSchema('pictogram');
export type PictogramId = z.infer<typeof PictogramId>;

export const CategoryId = idSchema('category');
export type CategoryId = z.infer<typeof CategoryId>;
