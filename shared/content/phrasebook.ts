// The phrasebook: cards the doctor pushes to the family screen outside any flow, by category.
import { z } from 'zod';
import { CardId, CategoryId } from './ids';

export const PhrasebookCategory = z.strictObject({
  id: CategoryId,
  titleFr: z.string().min(3),
  kind: z.enum(['instructions', 'explanations', 'advice', 'appointments', 'administrative']),
  cards: z.array(CardId).min(1),
});
export type PhrasebookCategory = z.infer<typeof PhrasebookCategory>;

export const PhrasebookFile = z.strictObject({ categories: z.array(PhrasebookCategory).min(1) });
export type PhrasebookFile = z.infer<typeof PhrasebookFile>;
