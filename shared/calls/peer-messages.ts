// Messages on the call's data channel, between the clinic and the interpreter: the clinic
// sends the shared context, the interpreter asks for a phrasebook card on the family screen,
// either asks both to go audio-only.
// Decoded with zod and a size cap on both ends: the other peer is not trusted more than a
// WebSocket client would be.
import { z } from 'zod';
import { CallContext, MAX_CALL_CONTEXT_CHARS } from './call-context';

export const PeerMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('context'), context: CallContext }),
  z.strictObject({ type: z.literal('push-card'), cardId: z.string().min(1).max(128) }),
  /** One side switched to audio only (poor link): the other stops sending video too. */
  z.strictObject({ type: z.literal('audio-only'), enabled: z.boolean() }),
]);
export type PeerMessage = z.infer<typeof PeerMessage>;

/** Largest data channel message: a full context plus its envelope. */
export const MAX_PEER_MESSAGE_CHARS = MAX_CALL_CONTEXT_CHARS + 200;

export function encodePeerMessage(message: PeerMessage): string {
  return JSON.stringify(message);
}

/** The message, or null for anything too big, not JSON or not of a known shape. */
export function decodePeerMessage(text: string): PeerMessage | null {
  if (text.length > MAX_PEER_MESSAGE_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = PeerMessage.safeParse(json);
  return parsed.success ? parsed.data : null;
}
