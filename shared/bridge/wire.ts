// Frames of the web shell's WebSocket transport. The Electron transport needs none: IPC
// already pairs a request with its answer.
import { z } from 'zod';
import { BridgeError } from './result';

/** Largest frame either side accepts; the bridge carries ids and small records only. */
export const MAX_BRIDGE_FRAME_BYTES = 64 * 1024;

export const RequestFrame = z
  .object({ id: z.number().int().nonnegative(), method: z.string().max(64), input: z.unknown() })
  .strict();
export type RequestFrame = z.infer<typeof RequestFrame>;

export const ResponseFrame = z.object({
  id: z.number().int().nonnegative().nullable(),
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), error: BridgeError }),
  ]),
});
export type ResponseFrame = z.infer<typeof ResponseFrame>;

export const EventFrame = z.object({ event: z.string(), payload: z.unknown() });
export type EventFrame = z.infer<typeof EventFrame>;

export const ServerFrame = z.union([ResponseFrame, EventFrame]);

export { BRIDGE_PATH } from './endpoint';
