// The interpreter's calls as the page shows them: what is ringing, the call in progress, and
// a short notice about the last call that stopped ringing. A pure reducer over hub messages,
// so the rules are tested without a browser.
import type { ConsultationTypeId } from '../../shared/domain/consultation-types';
import type { LanguageCode } from '../../shared/domain/languages';
import type { IceServer } from '../../shared/hub/call-messages';
import type { ServerMessage } from '../../shared/hub/protocol';

export interface RingingCall {
  callId: string;
  language: LanguageCode;
  consultationType: ConsultationTypeId;
  clinic: { site: string; room: string };
}

export type CallNotice = 'taken' | 'cancelled' | 'timeout' | 'ended' | null;

export interface CallsState {
  ringing: RingingCall[];
  current: {
    callId: string;
    peerName: string;
    iceServers: IceServer[];
    language: LanguageCode | null;
    consultationType: ConsultationTypeId | null;
  } | null;
  notice: CallNotice;
}

export const noCalls: CallsState = { ringing: [], current: null, notice: null };

type CallMessage = Extract<ServerMessage, { type: `call.${string}` }>;

function without(state: CallsState, callId: string): RingingCall[] {
  return state.ringing.filter((call) => call.callId !== callId);
}

export function reduceCalls(state: CallsState, message: CallMessage): CallsState {
  switch (message.type) {
    case 'call.ringing':
      if (state.ringing.some((call) => call.callId === message.callId)) return state;
      return {
        ...state,
        notice: null,
        ringing: [
          ...state.ringing,
          {
            callId: message.callId,
            language: message.language,
            consultationType: message.consultationType,
            clinic: message.clinic,
          },
        ],
      };
    case 'call.taken':
      return { ...state, ringing: without(state, message.callId), notice: 'taken' };
    case 'call.withdrawn': {
      const notice =
        message.reason === 'timeout'
          ? 'timeout'
          : message.reason === 'cancelled'
            ? 'cancelled'
            : null;
      return { ...state, ringing: without(state, message.callId), notice };
    }
    case 'call.connected': {
      const rang = state.ringing.find((call) => call.callId === message.callId);
      return {
        ringing: without(state, message.callId),
        current: {
          callId: message.callId,
          peerName: message.peer.displayName,
          iceServers: message.iceServers,
          language: rang?.language ?? null,
          consultationType: rang?.consultationType ?? null,
        },
        notice: null,
      };
    }
    case 'call.ended':
      if (state.current?.callId !== message.callId) return state;
      return { ...state, current: null, notice: 'ended' };
    default:
      return state; // signaling and clinic-side messages: not shown here
  }
}
