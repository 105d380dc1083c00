// React state over a HubSocket: link state, the interpreter's profile and presence as the
// hub confirmed them, and the status the interpreter asked for while it is on its way.
import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { LanguageCode } from '../../shared/domain/languages';
import type { HubErrorCode } from '../../shared/hub/errors';
import type { SignalPayload } from '../../shared/hub/call-messages';
import type { InterpreterProfile, PresenceStatus, ServerMessage } from '../../shared/hub/protocol';
import { noCalls, reduceCalls, type CallsState } from './call-state';
import { MediaGate } from '../calls/media-gate';
import { checkSession } from './hub-api';
import { HubSocket, type LinkState } from './hub-socket';

export interface HubLink {
  state: LinkState;
  profile: InterpreterProfile | null;
  /** Status the hub confirmed; null before the welcome message. */
  status: PresenceStatus | null;
  /** Status asked for and not yet confirmed. */
  pending: PresenceStatus | null;
  error: HubErrorCode | null;
  setPresence: (status: PresenceStatus) => void;
  /** Languages the hub rings this session for; null before the welcome message. */
  languages: LanguageCode[] | null;
  /** Languages asked for and not yet confirmed. */
  pendingLanguages: LanguageCode[] | null;
  chooseLanguages: (languages: LanguageCode[]) => void;
  calls: CallsState;
  accept: (callId: string) => void;
  decline: (callId: string) => void;
  hangup: (callId: string) => void;
  signal: (callId: string, signal: SignalPayload) => void;
  /** Every call message as it arrives (signaling included), for the WebRTC side. */
  onCallMessage: (listener: CallMessageListener) => () => void;
  /** Runs a screen update now, or once the media of the call being set up flows. */
  afterMedia: (update: () => void) => void;
  /** The clinic's media reached this page (media-gate.ts). */
  mediaFlowing: (callId: string) => void;
}

type CallMessage = Extract<ServerMessage, { type: `call.${string}` }>;
export type CallMessageListener = (message: CallMessage) => void;

export function useHubLink(token: string, onEnded: () => void): HubLink {
  const [state, setState] = useState<LinkState>('connecting');
  const [profile, setProfile] = useState<InterpreterProfile | null>(null);
  const [status, setStatus] = useState<PresenceStatus | null>(null);
  const [pending, setPending] = useState<PresenceStatus | null>(null);
  const [error, setError] = useState<HubErrorCode | null>(null);
  const [languages, setLanguages] = useState<LanguageCode[] | null>(null);
  const [pendingLanguages, setPendingLanguages] = useState<LanguageCode[] | null>(null);
  const [calls, dispatchCall] = useReducer(reduceCalls, noCalls);
  const socket = useRef<HubSocket | null>(null);
  const callListeners = useRef(new Set<CallMessageListener>());
  const gate = useRef(new MediaGate());
  // The latest callback without reconnecting each time the parent re-renders.
  const endedRef = useRef(onEnded);
  useEffect(() => {
    endedRef.current = onEnded;
  }, [onEnded]);
  // Stable identities: the call hook subscribes in effects keyed on the call, not on renders.
  const signal = useCallback((callId: string, payload: SignalPayload) => {
    socket.current?.signal(callId, payload);
  }, []);
  const afterMedia = useCallback((update: () => void) => {
    gate.current.run(update);
  }, []);
  const mediaFlowing = useCallback((callId: string) => {
    gate.current.flowing(callId);
  }, []);
  const onCallMessage = useCallback((listener: CallMessageListener) => {
    const listeners = callListeners.current;
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  const hangup = useCallback((callId: string) => {
    socket.current?.hangup(callId);
  }, []);

  useEffect(() => {
    const hub = new HubSocket(
      window.location.origin,
      token,
      {
        state: (next) => {
          setState(next);
          if (next === 'ended') endedRef.current();
        },
        welcome: (nextProfile, nextStatus, nextLanguages) => {
          setProfile(nextProfile);
          setStatus(nextStatus);
          setLanguages(nextLanguages);
          setPendingLanguages(null);
          setError(null);
        },
        languages: (next) => {
          setLanguages(next);
          setPendingLanguages(null);
        },
        presence: (nextStatus) => {
          // "Busy" comes right after call.connected: shown with the call screen.
          gate.current.run(() => {
            setStatus(nextStatus);
            setPending(null);
          });
        },
        error: (code) => {
          setError(code);
          setPending(null);
          setPendingLanguages(null);
        },
        call: (message) => {
          // Listeners first (the WebRTC side starts the peer at once), then the screen. The
          // call screen waits until the call's media flows (media-gate.ts); signaling
          // changes nothing on screen; any other news shows what was held first.
          // The gate holds first: a peer prepared while ringing replays its news as soon as
          // the listeners hand it the call (prepared-answers.ts).
          if (message.type === 'call.connected') gate.current.hold(message.callId);
          for (const listener of callListeners.current) listener(message);
          if (message.type === 'call.signal') return;
          if (message.type === 'call.connected') {
            gate.current.run(() => {
              startTransition(() => {
                dispatchCall(message);
              });
            });
            return;
          }
          gate.current.release();
          dispatchCall(message);
        },
      },
      checkSession,
    );
    socket.current = hub;
    const held = gate.current;
    return () => {
      held.release();
      hub.dispose();
      socket.current = null;
    };
  }, [token]);

  return {
    state,
    profile,
    status,
    pending,
    error,
    setPresence: (next) => {
      setPending(next);
      setError(null);
      socket.current?.setPresence(next);
    },
    languages,
    pendingLanguages,
    chooseLanguages: (next) => {
      setPendingLanguages(next);
      setError(null);
      socket.current?.setLanguages(next);
    },
    calls,
    accept: (callId) => socket.current?.accept(callId),
    decline: (callId) => socket.current?.decline(callId),
    hangup,
    signal,
    onCallMessage,
    afterMedia,
    mediaFlowing,
  };
}
