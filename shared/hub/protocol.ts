// The hub's WebSocket protocol: every message either side may send, as one zod union per
// direction, each message carrying the protocol version `v`. The interpreter page and the
// hub both decode with these schemas, so a field renamed on one side fails the build or the
// tests instead of a live call.
import { z } from 'zod';
import { describeZodError } from '../bridge/result';
import { LanguageCode } from '../domain/languages';
import { callClientMessages, callServerMessages } from './call-messages';
import { HubErrorCode, hubFail, hubOk, type HubResult } from './errors';

export const HUB_PROTOCOL_VERSION = 1;
/** Path of the WebSocket on the hub's origin. */
export const HUB_SOCKET_PATH = '/ws';
/** Subprotocol the page offers; a second offered subprotocol carries the session token
 * (`token.<hex>`): a browser WebSocket cannot set headers, and a `?token=` query would end
 * up in proxy and access logs. See docs/decisions/0020-hub-skeleton.md. */
export const HUB_SUBPROTOCOL = `interpretable.hub.v${HUB_PROTOCOL_VERSION}`;
export const HUB_TOKEN_SUBPROTOCOL_PREFIX = 'token.';
/** A clinic device offers `device.<hex>` instead: its enrolment token (see accounts CLI). */
export const HUB_DEVICE_SUBPROTOCOL_PREFIX = 'device.';
/** Largest message either side sends: presence is tiny, and a WebRTC offer (the calls
 * issue) is usually 3–6 KiB. ws closes a socket that sends more with code 1009. */
export const MAX_HUB_MESSAGE_BYTES = 8 * 1024;

/** Close codes the page reacts to (4000–4999 are free for applications). */
export const hubCloseCodes = {
  policyViolation: 1008, // e.g. kept flooding past the rate limit
  messageTooBig: 1009, // sent by ws itself when a message exceeds maxPayload
  sessionEnded: 4401, // token expired or signed out: the page must sign in again
  accountDisabled: 4403, // an administrator disabled the account or rotated the device token
} as const;

const Version = z.literal(HUB_PROTOCOL_VERSION);

export const PresenceStatus = z.enum(['online', 'busy', 'offline']);
export type PresenceStatus = z.infer<typeof PresenceStatus>;

export const InterpreterProfile = z.object({
  id: z.string().min(1).max(64),
  displayName: z.string().min(1).max(100),
  languages: z.array(LanguageCode).max(30),
});
export type InterpreterProfile = z.infer<typeof InterpreterProfile>;

/** The languages an interpreter takes calls in for this signed-in session: some of their
 * account's languages (the hub refuses others with LANGUAGE_NOT_ON_ACCOUNT), at least one. */
export const ChosenLanguages = z.array(LanguageCode).min(1).max(30);
export type ChosenLanguages = z.infer<typeof ChosenLanguages>;

// Client → hub. Strict: the hub trusts nothing it receives, so unknown keys are an error.
export const ClientMessage = z.discriminatedUnion('type', [
  z.strictObject({ v: Version, type: z.literal('ping') }),
  z.strictObject({ v: Version, type: z.literal('presence.set'), status: PresenceStatus }),
  z.strictObject({ v: Version, type: z.literal('languages.set'), languages: ChosenLanguages }),
  ...callClientMessages,
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

// Hub → client. Not strict: a field added within v1 must not break pages already open.
export const ServerMessage = z.discriminatedUnion('type', [
  z.object({
    v: Version,
    type: z.literal('welcome'),
    interpreter: InterpreterProfile,
    status: PresenceStatus,
    /** The session's chosen languages (a hub older than the choice omits it: all of them). */
    languages: ChosenLanguages.optional(),
  }),
  z.object({ v: Version, type: z.literal('error'), code: HubErrorCode, message: z.string() }),
  z.object({ v: Version, type: z.literal('pong') }),
  z.object({ v: Version, type: z.literal('presence'), status: PresenceStatus }),
  /** The languages the hub now rings this interpreter for (after languages.set). */
  z.object({ v: Version, type: z.literal('languages'), languages: ChosenLanguages }),
  ...callServerMessages,
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/** Omit over each member of a union, so a message body keeps its own fields. */
type BodyOf<M> = M extends unknown ? Omit<M, 'v'> : never;
/** A message without its version field, which the encoders add. */
export type ServerMessageBody = BodyOf<ServerMessage>;
export type ClientMessageBody = BodyOf<ClientMessage>;

export function encodeServerMessage(body: ServerMessageBody): string {
  return JSON.stringify({ v: HUB_PROTOCOL_VERSION, ...body });
}

export function encodeClientMessage(body: ClientMessageBody): string {
  return JSON.stringify({ v: HUB_PROTOCOL_VERSION, ...body });
}

const Envelope = z.object({ v: z.number(), type: z.string() });

function decode<S extends z.ZodType>(text: string, schema: S): HubResult<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return hubFail('BAD_MESSAGE', 'Message is not valid JSON.');
  }
  // Check the version before the shape: a newer page deserves "upgrade" rather than a
  // list of fields that merely look wrong.
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    return hubFail('BAD_MESSAGE', `Malformed message: ${describeZodError(envelope.error)}`);
  }
  if (envelope.data.v !== HUB_PROTOCOL_VERSION) {
    return hubFail(
      'UNSUPPORTED_VERSION',
      `Protocol version ${envelope.data.v} is not supported; this hub speaks version ${HUB_PROTOCOL_VERSION}.`,
    );
  }
  const message = schema.safeParse(json);
  if (!message.success) {
    return hubFail('BAD_MESSAGE', `Malformed message: ${describeZodError(message.error)}`);
  }
  return hubOk(message.data);
}

export function decodeClientMessage(text: string): HubResult<ClientMessage> {
  return decode(text, ClientMessage);
}

export function decodeServerMessage(text: string): HubResult<ServerMessage> {
  return decode(text, ServerMessage);
}
