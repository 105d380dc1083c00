// Relays the family-screen mirror's signalling (shared/bridge/calls-contract.ts): the doctor's
// page forwards the interpreter's video to the family's own window over a local WebRTC leg.
// The service cannot see which pages are open (the transports own the connections), so a
// family page announces itself with `ready` heartbeats and is forgotten when they stop; an
// offer for a screen that is not there fails at once with a stable code instead of ringing
// into the void.
import {
  MIRROR_NO_FAMILY_SCREEN,
  MIRROR_SCREEN_TTL_MS,
  type MirrorToDoctorInput,
  type MirrorToFamilyInput,
} from '../../shared/bridge/calls-contract';
import { CodedError } from '../../shared/bridge/result';

export interface MirrorListeners {
  toFamily: (payload: MirrorToFamilyInput) => void;
  toDoctor: (payload: MirrorToDoctorInput) => void;
}

/** A clinic has one family screen, two when someone opened the page twice; the cap only
 * bounds memory against a page that keeps inventing screen ids. */
const MAX_SCREENS = 8;

export function createMirrorRelay(options: {
  /** Throws NOT_FOUND / CONFLICT unless the session is running. */
  checkSession: (sessionId: string) => void;
  nowMs?: () => number;
}) {
  const nowMs = options.nowMs ?? (() => Date.now());
  const listeners = new Set<MirrorListeners>();
  /** screenId → when its last heartbeat expires. */
  const screens = new Map<string, number>();
  const forgetExpired = () => {
    const now = nowMs();
    for (const [screenId, expires] of screens) if (expires <= now) screens.delete(screenId);
  };

  const toFamily = (input: MirrorToFamilyInput) => {
    options.checkSession(input.sessionId);
    forgetExpired();
    // A `close` for a screen that went away is moot, but harmless: still refused, the doctor
    // ignores the answer.
    if (!screens.has(input.screenId)) {
      throw new CodedError(MIRROR_NO_FAMILY_SCREEN, 'No family screen is connected.');
    }
    for (const listener of listeners) listener.toFamily(input);
    return {};
  };

  const toDoctor = (input: MirrorToDoctorInput) => {
    options.checkSession(input.sessionId);
    forgetExpired();
    const { screenId, signal } = input;
    if (signal.type === 'ready') {
      screens.delete(screenId); // re-inserted last: the Map's order is "oldest heartbeat first"
      screens.set(screenId, nowMs() + MIRROR_SCREEN_TTL_MS);
      for (const oldest of screens.keys()) {
        if (screens.size <= MAX_SCREENS) break;
        screens.delete(oldest);
      }
    } else if (signal.type === 'bye') {
      screens.delete(screenId);
    } else if (!screens.has(screenId)) {
      throw new CodedError(MIRROR_NO_FAMILY_SCREEN, 'This family screen has not said ready.');
    }
    for (const listener of listeners) listener.toDoctor(input);
    return {};
  };

  return {
    handlers: { 'calls.mirrorToFamily': toFamily, 'calls.mirrorToDoctor': toDoctor },
    onMirror: (listener: MirrorListeners): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
