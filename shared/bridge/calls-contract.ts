// Bridge methods of the interpreter call (owned by the calls work): how the doctor's window
// learns where the hub is and records call events in the session log. Spread into
// `bridgeMethods` in contract.ts so both transports and the role check cover them.
import { z } from 'zod';
import { CallEndReason, CallId } from '../hub/call-messages';
import { anyone, type BridgeRole } from './contract-roles';

const SessionId = z.uuid();
const doctorOnly = ['doctor'] as const;
const familyOnly = ['family'] as const;

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

/** Whether the interpreter's video is there to show: false while they are audio-only (the
 * family screen shows an audio-only sign instead of a black box). Absent: not known yet (no
 * media), so the screens keep their usual behaviour. */
const InterpreterVideo = z.boolean().optional();

export const CallStateInput = z.strictObject({
  sessionId: SessionId,
  phase: CallPhase,
  interpreterVideo: InterpreterVideo,
});
export type CallStateInput = z.infer<typeof CallStateInput>;

// The family-screen mirror (issue 7, dual screen): the doctor's page forwards the
// interpreter's video to the family's own window over a second, local RTCPeerConnection,
// signalled through the bridge. The doctor's page offers, the family's page answers.

/** A Chromium SDP for one video track with host candidates is 3–6 KB; the cap leaves room
 * for many codecs and stays far below the bridge's 64 KiB frame. */
export const MAX_MIRROR_SDP_CHARS = 24_000;
/** What the relay answers when the screen a signal is meant for is not (or no longer) there. */
export const MIRROR_NO_FAMILY_SCREEN = 'NO_FAMILY_SCREEN';
/** A family page says it is there this often; the relay forgets it after MIRROR_SCREEN_TTL_MS. */
export const MIRROR_HEARTBEAT_MS = 4_000;
export const MIRROR_SCREEN_TTL_MS = 10_000;

/** One family page (one load of family.html); made by that page. */
const ScreenId = z.uuid();
/** One mirror peer connection; made by the doctor's page for each offer. */
const MirrorId = z.uuid();
const Sdp = z.string().min(1).max(MAX_MIRROR_SDP_CHARS);
const Candidate = {
  candidate: z.string().max(1_000),
  sdpMid: z.string().max(64).nullable(),
  sdpMLineIndex: z.number().int().min(0).max(64).nullable(),
};

export const DoctorMirrorSignal = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('offer'), sdp: Sdp }),
  z.strictObject({ type: z.literal('candidate'), ...Candidate }),
  /** The call ended or the stream changed: the family drops this mirror. */
  z.strictObject({ type: z.literal('close') }),
]);
export type DoctorMirrorSignal = z.infer<typeof DoctorMirrorSignal>;

export const FamilyMirrorSignal = z.discriminatedUnion('type', [
  /** "This family page is open" (every MIRROR_HEARTBEAT_MS): an offer may come. */
  z.strictObject({ type: z.literal('ready') }),
  /** The page is going away. */
  z.strictObject({ type: z.literal('bye') }),
  z.strictObject({ type: z.literal('answer'), mirrorId: MirrorId, sdp: Sdp }),
  z.strictObject({ type: z.literal('candidate'), mirrorId: MirrorId, ...Candidate }),
]);
export type FamilyMirrorSignal = z.infer<typeof FamilyMirrorSignal>;

export const MirrorToFamilyInput = z.strictObject({
  sessionId: SessionId,
  screenId: ScreenId,
  mirrorId: MirrorId,
  signal: DoctorMirrorSignal,
});
export type MirrorToFamilyInput = z.infer<typeof MirrorToFamilyInput>;

export const MirrorToDoctorInput = z.strictObject({
  sessionId: SessionId,
  screenId: ScreenId,
  signal: FamilyMirrorSignal,
});
export type MirrorToDoctorInput = z.infer<typeof MirrorToDoctorInput>;

/** The call's state as every window gets it: its session, phase, and whether the
 * interpreter's video is there (absent: not known). */
export const CallsChanged = z.object({
  sessionId: SessionId,
  phase: CallPhase,
  interpreterVideo: InterpreterVideo,
});
export type CallsChanged = z.infer<typeof CallsChanged>;

export const callBridgeMethods = {
  /** Where the hub is and this device's token, or why calls are unavailable. */
  'calls.config': { input: z.object({}).strict(), output: CallsConfig, roles: doctorOnly },
  /** Writes interpreter.requested / connected / ended into the session log. */
  'calls.record': { input: CallRecordInput, output: z.object({}), roles: doctorOnly },
  /** The doctor's panel reports the call's phase; every window gets `calls.changed`. */
  'calls.setState': { input: CallStateInput, output: z.object({}), roles: doctorOnly },
  /** The call's state as last reported, while its session is active, or null: a window
   * opened (or reloaded) during a call starts from it, then follows `calls.changed`. */
  'calls.current': { input: z.object({}).strict(), output: CallsChanged.nullable(), roles: anyone },
  /** Doctor → family mirror signalling; UNAVAILABLE when that family page is not open. */
  'calls.mirrorToFamily': { input: MirrorToFamilyInput, output: z.object({}), roles: doctorOnly },
  /** Family → doctor: presence heartbeats, the answer and its candidates. */
  'calls.mirrorToDoctor': { input: MirrorToDoctorInput, output: z.object({}), roles: familyOnly },
} as const;

/** Bridge events of the call (its phase, so the family screen shows it too). */
export const callBridgeEvents = {
  'calls.changed': CallsChanged,
  /** Mirror signals relayed to the other role's page: one event per receiving role, so a
   * transport that delivers events by role sends each only where it is needed. A family
   * page also checks that `screenId` is its own. */
  'calls.mirrorForFamily': MirrorToFamilyInput,
  'calls.mirrorForDoctor': MirrorToDoctorInput,
} as const;

/** Who receives each call event, for contract.ts's `mayReceive` (absent: every window). The
 * mirror's signals only matter to the role they are addressed to. */
export const callEventRoles = {
  'calls.mirrorForFamily': ['family'],
  'calls.mirrorForDoctor': ['doctor'],
} as const satisfies Partial<Record<keyof typeof callBridgeEvents, readonly BridgeRole[]>>;
