// The state of one call while the hub holds it, and the settings dispatch runs with.
import type { ConsultationTypeId } from '../../../shared/domain/consultation-types';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { IceServer, PhoneFallback } from '../../../shared/hub/call-messages';
import type { ClinicPeer, InterpreterPeer } from './peers';

export interface DispatchSettings {
  /** How long a request rings before the clinic is told nobody is available. */
  ringTimeoutMs: number;
  /** How long a clinic's priority interpreters ring alone before everyone else rings too. */
  priorityRingMs: number;
  /** Shown to the clinic when nobody answers; null when none is configured. */
  fallback: PhoneFallback | null;
  /** How long a connected call outlives a party's signaling socket: the media flows
   * peer to peer, so a Wi-Fi blip on the hub link must not cut the consultation. 0 ends the
   * call at once. */
  reconnectGraceMs: number;
}

export const defaultDispatchSettings: DispatchSettings = {
  ringTimeoutMs: 60_000,
  priorityRingMs: 10_000,
  fallback: null,
  reconnectGraceMs: 30_000,
};

export interface Call {
  id: string;
  clinic: ClinicPeer;
  language: LanguageCode;
  consultationType: ConsultationTypeId;
  requestedAt: number;
  state: 'searching' | 'connected';
  /** Interpreter account ids currently ringing (all their pages ring). */
  ringing: Set<string>;
  /** Interpreters who declined: never rung again for this call. */
  declined: Set<string>;
  /** True while only the clinic's priority interpreters ring. */
  priorityPhase: boolean;
  interpreter: InterpreterPeer | null;
  /** The clinic's offer, sent while the call rings (no candidates): every page rung gets it,
   * so the one who accepts has its answer ready. Null until it comes. */
  offer: string | null;
  timers: ReturnType<typeof setTimeout>[];
  /** Parties of a connected call whose socket closed, with the timer that ends the call
   * unless they reconnect first. */
  detached: Map<'clinic' | 'interpreter', ReturnType<typeof setTimeout>>;
}

export interface DispatchDependencies {
  settings: DispatchSettings;
  /** Online interpreters who speak the language (presence decides who is available). */
  available(language: LanguageCode): string[];
  /** Every open page of an interpreter. */
  pagesOf(accountId: string): InterpreterPeer[];
  /** Sets an interpreter's status and tells their pages (busy during a call). */
  setStatus(accountId: string, status: 'online' | 'busy'): void;
  statusOf(accountId: string): string;
  /** ICE servers (with fresh TURN credentials) for one party of a call. */
  iceServers(callId: string, party: 'clinic' | 'interpreter'): IceServer[];
  now(): number;
}
