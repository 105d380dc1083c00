// What the interpreter sees of the consultation during a call: the family's language, the
// consultation type, the card on the family screen, the answers so far and the phrasebook the
// interpreter may push from. The clinic sends it over the WebRTC data channel, which is a
// boundary like any other: the receiver validates it with this schema and a size cap.
import { z } from 'zod';
import { ConsultationTypeId } from '../domain/consultation-types';
import { LanguageCode } from '../domain/languages';

/** Largest context accepted, in UTF-16 code units of its JSON. Even at 3 UTF-8 bytes a
 * character this stays under Chromium's 256 KiB data channel message limit, and a hostile
 * peer cannot make the other side parse megabytes. The sender trims old answers to fit. */
export const MAX_CALL_CONTEXT_CHARS = 80_000;

const Text = z.string().max(2000);
const CardId = z.string().min(1).max(128);
/** Pictograms are app-relative paths (e.g. `pictograms/x.svg`), never URLs to
 * another site: the interpreter page resolves them against the clinic's content base. */
const PictogramPath = z
  .string()
  .max(300)
  .regex(/^[\w./-]+$/)
  .refine((path) => !path.startsWith('/') && !path.includes('..'), 'must be app-relative');

export const ContextCard = z.object({
  id: CardId,
  family: Text,
  french: Text,
  pictograms: z.array(PictogramPath).max(8),
});
export type ContextCard = z.infer<typeof ContextCard>;

export const ContextAnswer = z.object({
  questionFamily: Text,
  questionFrench: Text,
  answerFamily: Text,
  answerFrench: Text,
  at: z.iso.datetime(),
});
export type ContextAnswer = z.infer<typeof ContextAnswer>;

export const PhrasebookEntry = z.object({ id: CardId, french: Text, family: Text });
export type PhrasebookEntry = z.infer<typeof PhrasebookEntry>;

export const CallContext = z.object({
  /** Grows with every change, so a late or duplicated message never rolls the view back. */
  version: z.number().int().nonnegative(),
  language: LanguageCode,
  consultationType: ConsultationTypeId,
  card: ContextCard.nullable(),
  answers: z.array(ContextAnswer).max(500),
  phrasebook: z.array(PhrasebookEntry).max(500),
});
export type CallContext = z.infer<typeof CallContext>;

/** Keeps the newer of two contexts: what a receiver does with each message it gets. */
export function applyContext(current: CallContext | null, incoming: CallContext): CallContext {
  return current !== null && current.version >= incoming.version ? current : incoming;
}
