// Bridge methods of the interpreter call (owned by the calls work): how the doctor's window
// learns where the hub is and records call events in the session log. Spread into
// `bridgeMethods` in contract.ts so both transports and the role check cover them.
import { z } from 'zod';
import { CallEndReason, CallId } from '../hub/call-messages';

const SessionId = z.uuid();
const doctorOnly = ['doctor'] as const;

/** The call as both screens show it. The family screen gets it through `calls.changed`. */
export const CallPhase = z.enum([
  'idle',
  'searching', // the request is on its way to the hub
  'ringing', // interpreters are ringing
  'connecting', // one accepted; WebRTC is being set up
  'connected', // media flows
  'reconnecting', // the link dropped; ICE restart under way
  'ended',
  'unavailable', // nobody answered: the phone service is shown
]);
export type CallPhase = z.infer<typeof CallPhase>;

export const CallsConfig = z.discriminatedUnion('available', [
  z.object({
    available: z.literal(true),
    /** The hub's base URL (http or https); the socket is at `<hub>/ws`. */
    hubUrl: z.url({ protocol: /^https?$/ }),
    /** This clinic device's enrolment token (see the hub's accounts CLI). */
    deviceToken: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({
    available: z.literal(false),
    reason: z.enum(['no-hub', 'no-device-token']),
  }),
]);
export type CallsConfig = z.infer<typeof CallsConfig>;

export const CallRecordInput = z.discriminatedUnion('event', [
  z.strictObject({ sessionId: SessionId, event: z.literal('requested') }),
  z.strictObject({ sessionId: SessionId, event: z.literal('connected'), callId: CallId }),
  z.strictObject({
    sessionId: SessionId,
    event: z.literal('ended'),
    callId: CallId.nullable(),
    /** Seconds of connected call; 0 when it never connected. */
    durationSeconds: z
      .number()
      .int()
      .nonnegative()
      .max(24 * 3600),
    endReason: z.union([CallEndReason, z.enum(['unavailable', 'failed'])]),
  }),
]);
export type CallRecordInput = z.infer<typeof CallRecordInput>;

export const CallStateInput = z.strictObject({ sessionId: SessionId, phase: CallPhase });

export const callBridgeMethods = {
  /** Where the hub is and this device's token, or why calls are unavailable. */
  'calls.config': { input: z.object({}).strict(), output: CallsConfig, roles: doctorOnly },
  /** Writes interpreter.requested / connected / ended into the session log. */
  'calls.record': { input: CallRecordInput, output: z.object({}), roles: doctorOnly },
  /** The doctor's panel reports the call's phase; every window gets `calls.changed`. */
  'calls.setState': { input: CallStateInput, output: z.object({}), roles: doctorOnly },
} as const;

/** Bridge events of the call (its phase, so the family screen shows it too). */
export const callBridgeEvents = {
  'calls.changed': z.object({ sessionId: SessionId, phase: CallPhase }),
} as const;
