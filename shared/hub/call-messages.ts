// The calls part of the hub protocol: a clinic device asks for an interpreter, matching
// interpreters ring, one accepts, and the two parties exchange WebRTC signaling through the
// hub. Kept apart from protocol.ts so each file holds one job; protocol.ts joins the unions.
import { z } from 'zod';
import { ConsultationTypeId } from '../domain/consultation-types';
import { LanguageCode } from '../domain/languages';

const Version = z.literal(1);

/** Call ids are random (UUID v4 spelt in hex with dashes): they reveal nothing. */
export const CallId = z.uuid();
export type CallId = z.infer<typeof CallId>;

/** Why a call ended, as recorded and as told to the parties. */
export const CallEndReason = z.enum([
  'hangup', // a party hung up a connected call
  'cancelled', // the clinic gave up before anyone accepted
  'unanswered', // nobody accepted before the timeout
  'disconnected', // a party's socket closed (or its account was disabled) during the call
]);
export type CallEndReason = z.infer<typeof CallEndReason>;

/** Why an interpreter's ringing stopped, other than the call being taken. */
export const WithdrawReason = z.enum([
  'cancelled', // the clinic gave up (or its socket closed)
  'timeout', // nobody accepted in time
  'declined', // this interpreter declined (on another of their pages)
  'offline', // this interpreter went offline or busy
]);
export type WithdrawReason = z.infer<typeof WithdrawReason>;

/** A session description as the hub carries it (offers and answers). */
const Sdp = z.string().min(1).max(7000);

// WebRTC signaling, relayed untouched between the two parties (and never logged). Sizes are
// bounded by the socket's maxPayload; shapes are checked so junk never reaches the peer.
export const SignalPayload = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('offer'), sdp: Sdp }),
  z.strictObject({ kind: z.literal('answer'), sdp: Sdp }),
  z.strictObject({
    kind: z.literal('candidate'),
    candidate: z.string().max(1000),
    sdpMid: z.string().max(64).nullable(),
    sdpMLineIndex: z.number().int().min(0).max(64).nullable(),
  }),
  /** From the interpreter (the answering side, which cannot restart ICE itself): its media
   * path failed, the clinic should offer again with `iceRestart`. */
  z.strictObject({ kind: z.literal('restart-ice') }),
]);
export type SignalPayload = z.infer<typeof SignalPayload>;

export const IceServer = z.object({
  urls: z.array(z.string().max(200)).min(1).max(10),
  username: z.string().max(200).optional(),
  credential: z.string().max(200).optional(),
});
export type IceServer = z.infer<typeof IceServer>;

/** What a clinic is told to do when no interpreter answers: call the phone service. */
export const PhoneFallback = z.object({
  phone: z.string().min(1).max(40),
  accessCode: z.string().max(40),
});
export type PhoneFallback = z.infer<typeof PhoneFallback>;

// Client → hub (strict: unknown keys are an error).
export const callClientMessages = [
  z.strictObject({
    v: Version,
    type: z.literal('call.request'),
    language: LanguageCode,
    consultationType: ConsultationTypeId,
  }),
  z.strictObject({ v: Version, type: z.literal('call.cancel'), callId: CallId }),
  z.strictObject({ v: Version, type: z.literal('call.accept'), callId: CallId }),
  z.strictObject({ v: Version, type: z.literal('call.decline'), callId: CallId }),
  z.strictObject({ v: Version, type: z.literal('call.hangup'), callId: CallId }),
  z.strictObject({
    v: Version,
    type: z.literal('call.signal'),
    callId: CallId,
    signal: SignalPayload,
  }),
] as const;

const ClinicSummary = z.object({ site: z.string().max(100), room: z.string().max(100) });

// Hub → client (not strict, as in protocol.ts).
export const callServerMessages = [
  /** To the clinic: the request is ringing; it will give up after `timeoutMs`. The clinic
   * makes its offer now, with these ICE servers, and sends it while interpreters ring
   * (decision 0075): it reaches them before anyone accepts. */
  z.object({
    v: Version,
    type: z.literal('call.searching'),
    callId: CallId,
    language: LanguageCode,
    timeoutMs: z.number().int().nonnegative(),
    iceServers: z.array(IceServer).max(10),
  }),
  /** To an interpreter: a clinic needs them now. `offer` is the clinic's offer when it has
   * already made it (without candidates; else it follows as a `call.signal`), so the page can
   * prepare its answer while ringing, with these ICE servers. */
  z.object({
    v: Version,
    type: z.literal('call.ringing'),
    callId: CallId,
    language: LanguageCode,
    consultationType: ConsultationTypeId,
    clinic: ClinicSummary,
    offer: Sdp.nullable(),
    iceServers: z.array(IceServer).max(10),
  }),
  /** To an interpreter who was ringing: stop, another interpreter (or page) took it. */
  z.object({ v: Version, type: z.literal('call.taken'), callId: CallId }),
  /** To an interpreter who was ringing: stop, the clinic cancelled or the search timed out. */
  z.object({
    v: Version,
    type: z.literal('call.withdrawn'),
    callId: CallId,
    reason: WithdrawReason,
  }),
  /** To both parties: the call is on; start WebRTC with these ICE servers. The clinic
   * makes the offer. */
  z.object({
    v: Version,
    type: z.literal('call.connected'),
    callId: CallId,
    role: z.enum(['clinic', 'interpreter']),
    peer: z.object({ displayName: z.string().max(200) }),
    iceServers: z.array(IceServer).max(10),
  }),
  /** To the clinic: nobody accepted in time; call the phone service instead. */
  z.object({
    v: Version,
    type: z.literal('call.unavailable'),
    callId: CallId,
    fallback: PhoneFallback.nullable(),
  }),
  /** To a party whose signaling socket dropped during a connected call and came back within
   * the hub's grace: the call goes on, signaling flows through this socket again. */
  z.object({
    v: Version,
    type: z.literal('call.resumed'),
    callId: CallId,
    role: z.enum(['clinic', 'interpreter']),
  }),
  /** To the parties of a call that ended. */
  z.object({ v: Version, type: z.literal('call.ended'), callId: CallId, reason: CallEndReason }),
  /** The other party's signaling, relayed as sent. */
  z.object({
    v: Version,
    type: z.literal('call.signal'),
    callId: CallId,
    signal: SignalPayload,
  }),
  /** To a clinic device right after connecting (interpreters get `welcome`). */
  z.object({
    v: Version,
    type: z.literal('welcome.clinic'),
    device: z.object({ id: z.string().max(64), site: z.string(), room: z.string() }),
  }),
] as const;
