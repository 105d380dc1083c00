// The clinic's side of one interpreter call as a pure reducer over what the doctor does, what
// the hub says and what the WebRTC link reports: idle → searching → ringing → connecting →
// connected (↔ reconnecting) → ended, or unavailable with the phone service. Tested without
// a browser; the hook (use-clinic-call.ts) only wires it to sockets and media.
import type { CallPhase } from '../../shared/bridge/calls-contract';
import type { IceServer, PhoneFallback } from '../../shared/hub/call-messages';
import type { ServerMessage } from '../../shared/hub/protocol';
import type { LinkFailure, LinkState } from './call-peer';

export type EndReason = 'hangup' | 'cancelled' | 'disconnected' | 'unanswered' | 'failed';

export interface ClinicCallState {
  phase: CallPhase;
  callId: string | null;
  interpreterName: string | null;
  iceServers: IceServer[];
  fallback: PhoneFallback | null;
  endReason: EndReason | null;
  failure: LinkFailure | 'hub-refused' | null;
  /** performance.now() when media first flowed, for the duration in the session log. */
  connectedAt: number | null;
}

export const idleCall: ClinicCallState = {
  phase: 'idle',
  callId: null,
  interpreterName: null,
  iceServers: [],
  fallback: null,
  endReason: null,
  failure: null,
  connectedAt: null,
};

export type ClinicCallEvent =
  | { type: 'request' }
  | { type: 'hangup' }
  | { type: 'reset' }
  | { type: 'link'; state: LinkState; failure?: LinkFailure; at: number }
  | { type: 'hub'; message: ServerMessage };

/** Phases during which a call exists on the hub (or is being asked for). */
export function isActive(phase: CallPhase): boolean {
  return phase !== 'idle' && phase !== 'ended' && phase !== 'unavailable';
}

function ended(state: ClinicCallState, endReason: EndReason): ClinicCallState {
  return { ...state, phase: 'ended', endReason };
}

export function reduceClinicCall(state: ClinicCallState, event: ClinicCallEvent): ClinicCallState {
  switch (event.type) {
    case 'request':
      return isActive(state.phase) ? state : { ...idleCall, phase: 'searching' };
    case 'hangup':
      if (!isActive(state.phase)) return state;
      return ended(
        state,
        state.phase === 'searching' || state.phase === 'ringing' ? 'cancelled' : 'hangup',
      );
    case 'reset':
      return isActive(state.phase) ? state : idleCall;
    case 'link':
      return reduceLink(state, event);
    case 'hub':
      return reduceHub(state, event.message);
  }
}

function reduceLink(
  state: ClinicCallState,
  event: Extract<ClinicCallEvent, { type: 'link' }>,
): ClinicCallState {
  if (
    state.phase !== 'connecting' &&
    state.phase !== 'connected' &&
    state.phase !== 'reconnecting'
  ) {
    return state;
  }
  switch (event.state) {
    case 'connected':
      return { ...state, phase: 'connected', connectedAt: state.connectedAt ?? event.at };
    case 'reconnecting':
      return { ...state, phase: 'reconnecting' };
    case 'failed':
      return { ...ended(state, 'failed'), failure: event.failure ?? null };
    default:
      return state;
  }
}

function reduceHub(state: ClinicCallState, message: ServerMessage): ClinicCallState {
  switch (message.type) {
    case 'call.searching':
      if (state.phase !== 'searching') return state;
      return { ...state, phase: 'ringing', callId: message.callId };
    case 'call.connected':
      if (message.callId !== state.callId || state.phase !== 'ringing') return state;
      return {
        ...state,
        phase: 'connecting',
        interpreterName: message.peer.displayName,
        iceServers: message.iceServers,
      };
    case 'call.unavailable':
      if (message.callId !== state.callId) return state;
      return {
        ...state,
        phase: 'unavailable',
        fallback: message.fallback,
        endReason: 'unanswered',
      };
    case 'call.ended':
      if (message.callId !== state.callId || !isActive(state.phase)) return state;
      return ended(state, message.reason === 'unanswered' ? 'unanswered' : message.reason);
    case 'error':
      // The request itself was refused (too many calls, hub rules): nothing is ringing.
      if (state.phase !== 'searching') return state;
      return { ...ended(state, 'failed'), failure: 'hub-refused' };
    default:
      return state;
  }
}
