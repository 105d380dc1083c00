// The doctor's interpreter call, wired: the hub socket (as this clinic device), the call's
// state (clinic-call-state.ts), the WebRTC peer, local media, the shared context sent over the
// data channel, and the session log and family screen kept informed through the bridge.
import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { CallsConfig } from '../../shared/bridge/calls-contract';
import type { BridgeClient } from '../../shared/bridge/contract';
import type { CallContext } from '../../shared/calls/call-context';
import type { ConsultationTypeId } from '../../shared/domain/consultation-types';
import type { LanguageCode } from '../../shared/domain/languages';
import type { IceServer } from '../../shared/hub/call-messages';
import type { ServerMessage } from '../../shared/hub/protocol';
import { CallPeer } from './call-peer';
import { MediaGate } from './media-gate';
import { holdUntilConnected, type HeldPeerOptions } from './hold-until-connected';
import { ClinicHubSocket, type HubLinkState } from './clinic-hub-socket';
import { idleCall, isActive, reduceClinicCall, type ClinicCallState } from './clinic-call-state';
import { publishInterpreterVideoState, publishRemoteStream } from './remote-stream-bus';
import { relayOnlyFlag } from './test-flags';
import { useInterpreterVideoState } from './use-interpreter-video-state';
import { useCallRecording, useSharedCallState } from './use-call-reports';
import { useLocalMedia, type LocalMedia } from './use-local-media';
import { trimContext } from './trim-context';

export interface ClinicCall {
  config: CallsConfig | null;
  hub: HubLinkState | null;
  call: ClinicCallState;
  media: LocalMedia;
  remoteStream: MediaStream | null;
  peer: CallPeer | null;
  /** The interpreter asked for audio only (their link is poor). */
  remoteAudioOnly: boolean;
  request: () => void;
  hangup: () => void;
  reset: () => void;
  setAudioOnly: (on: boolean) => void;
}

interface Options {
  bridge: BridgeClient;
  sessionId: string;
  language: LanguageCode | null;
  consultationType: ConsultationTypeId;
  context: CallContext | null;
  onPushCard: (cardId: string) => void;
}

export function useClinicCall(options: Options): ClinicCall {
  const { bridge, sessionId } = options;
  const [config, setConfig] = useState<CallsConfig | null>(null);
  const [hubState, setHubState] = useState<HubLinkState | null>(null);
  const [call, dispatch] = useReducer(reduceClinicCall, idleCall);
  const [peer, setPeer] = useState<CallPeer | null>(null);
  const [remoteStream, setRemoteStream] = useState<MediaStream | null>(null);
  const [remoteAudioOnly, setRemoteAudioOnly] = useState(false);
  const media = useLocalMedia();
  const hub = useRef<ClinicHubSocket | null>(null);
  const peerRef = useRef<CallPeer | null>(null);
  const callRef = useRef(call);
  // The request on its way, the call the peer is set up for (from call.searching), the call
  // the hub connected, and the peer's held signaling (hold-until-connected.ts).
  const awaitingCall = useRef(false);
  const ringingCall = useRef<string | null>(null);
  const connectedCall = useRef<string | null>(null);
  const heldPeer = useRef<HeldPeerOptions | null>(null);
  // The connected screen and the link's news, held until the interpreter's answer is applied.
  const gate = useRef(new MediaGate());
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
    callRef.current = call;
  });

  useEffect(() => {
    let cancelled = false;
    void bridge.call('calls.config', {}).then((result) => {
      if (!cancelled) setConfig(result.ok ? result.value : { available: false, reason: 'no-hub' });
    });
    return () => {
      cancelled = true;
    };
  }, [bridge]);

  // call.searching: start WebRTC as the offering side while interpreters ring (decision 0075),
  // straight from the socket's message: the offer (without candidates) reaches the ringing
  // pages, which prepare their answer before anyone accepts. The rest of the peer's
  // signaling and news waits for call.connected (hold-until-connected.ts).
  const openMedia = media.open;
  const startPeer = useCallback(
    (callId: string, iceServers: IceServer[]) => {
      if (peerRef.current) return;
      const pending = openMedia().then((stream) => {
        if (ringingCall.current !== callId || peerRef.current) return; // over meanwhile
        const held = holdUntilConnected({
          role: 'clinic',
          stream,
          iceServers,
          relayOnly: relayOnlyFlag(),
          sendSignal: (signal) => {
            hub.current?.send({ type: 'call.signal', callId, signal });
          },
          // The screen's news waits with the connected screen (media-gate.ts) until the
          // answer is applied; a failure shows at once.
          onLink: (state, failure) => {
            const at = performance.now();
            if (state === 'failed') gate.current.release();
            gate.current.run(() => {
              startTransition(() => {
                dispatch({ type: 'link', state, ...(failure ? { failure } : {}), at });
              });
            });
            if (state === 'connected') sendContext(created, latest.current.context);
          },
          onChannelOpen: () => {
            sendContext(created, latest.current.context);
          },
          onRemoteStream: (stream) => {
            gate.current.run(() => {
              startTransition(() => {
                setRemoteStream(stream);
              });
            });
          },
          onMessage: (message) => {
            if (message.type === 'push-card') latest.current.onPushCard(message.cardId);
            if (message.type === 'audio-only') setRemoteAudioOnly(message.enabled);
          },
        });
        const created = new CallPeer(held.options);
        // Once the answer is applied, this page has nothing left to do until the first frame
        // (ICE, DTLS and decoding run off its main thread): the connected screen renders then,
        // not while the answer waits, nor while the first frame is read.
        created.connection.addEventListener('signalingstatechange', () => {
          if (created.connection.signalingState === 'stable') gate.current.flowing(callId);
        });
        peerRef.current = created;
        heldPeer.current = held;
        if (connectedCall.current === callId) held.connected();
        startTransition(() => {
          setRemoteStream(null);
          setRemoteAudioOnly(false);
          setPeer(created);
        });
      });
      void pending;
    },
    [openMedia],
  );
  // The hub link lives as long as the panel: the doctor sees at once whether calls can work.
  useEffect(() => {
    if (!config?.available) return;
    const socket = new ClinicHubSocket(config.hubUrl, config.deviceToken, {
      state: setHubState,
      message: (message: ServerMessage) => {
        if (message.type === 'call.signal') {
          if (message.callId === callRef.current.callId) peerRef.current?.signal(message.signal);
          return;
        }
        if (message.type === 'call.resumed') {
          peerRef.current?.signalingResumed();
          return;
        }
        gate.current.release(); // a call.connected not shown yet comes first
        const current = callRef.current;
        if (message.type === 'call.searching' && awaitingCall.current) {
          awaitingCall.current = false;
          ringingCall.current = message.callId;
          startPeer(message.callId, message.iceServers);
        }
        if (
          message.type === 'call.connected' &&
          message.callId === current.callId &&
          current.phase === 'ringing'
        ) {
          // The offer went while ringing; the held candidates go now, and the answer comes
          // right behind this message. The connected screen waits until it is applied
          // (media-gate.ts).
          gate.current.hold(message.callId);
          gate.current.run(() => {
            startTransition(() => {
              dispatch({ type: 'hub', message });
            });
          });
          connectedCall.current = message.callId;
          heldPeer.current?.connected();
          return;
        }
        dispatch({ type: 'hub', message });
      },
    });
    hub.current = socket;
    return () => {
      socket.dispose();
      hub.current = null;
    };
  }, [config, startPeer]);

  // The call is over: release the peer, the camera, and tell the hub if it does not know.
  const { phase, callId } = call;
  const stopMedia = media.stop;
  useEffect(() => {
    if (isActive(phase)) return;
    if (phase === 'ended' && call.endReason === 'failed' && callId !== null) {
      hub.current?.send({ type: 'call.hangup', callId });
    }
    // The peer and stream states are simply ignored from now on (see the return value).
    heldPeer.current?.discard();
    heldPeer.current = null;
    awaitingCall.current = false;
    ringingCall.current = null;
    connectedCall.current = null;
    peerRef.current?.close();
    peerRef.current = null;
    stopMedia();
  }, [phase, call.endReason, callId, stopMedia]);

  // Every new version of the context goes to the interpreter while the call is up.
  const { context } = options;
  useEffect(() => {
    if (peer && phase === 'connected') sendContext(peer, context);
  }, [peer, phase, context]);

  const live = isActive(phase);
  const shownStream = live ? remoteStream : null;
  const shownAudioOnly = live && remoteAudioOnly;
  const videoState = useInterpreterVideoState(shownStream, shownAudioOnly);
  useSharedCallState(bridge, sessionId, phase, videoState);
  useCallRecording(bridge, sessionId, call);

  const request = useCallback(() => {
    const { language, consultationType } = latest.current;
    if (language === null || isActive(callRef.current.phase)) return;
    dispatch({ type: 'request' });
    awaitingCall.current = true;
    // Open the camera while interpreters ring: the offer needs it, and it is ready for the call.
    void openMedia();
    if (!hub.current?.send({ type: 'call.request', language, consultationType })) {
      dispatch({ type: 'hub', message: { v: 1, type: 'error', code: 'UNAVAILABLE', message: '' } });
    }
  }, [openMedia]);

  const hangup = useCallback(() => {
    gate.current.release(); // a call.connected still held back comes before the hang-up
    awaitingCall.current = false;
    const current = callRef.current;
    if (current.callId !== null) {
      const cancelling = current.phase === 'ringing';
      hub.current?.send({
        type: cancelling ? 'call.cancel' : 'call.hangup',
        callId: current.callId,
      });
    }
    dispatch({ type: 'hangup' });
  }, []);

  // The family screen (mirror or single-screen kiosk) shows this stream too, or the audio-only
  // sign; cleared on unmount.
  useEffect(() => publishRemoteStream(shownStream), [shownStream]);
  useEffect(() => publishInterpreterVideoState(videoState), [videoState]);
  return {
    config,
    hub: hubState,
    call,
    media,
    remoteStream: shownStream,
    peer: live ? peer : null,
    remoteAudioOnly: shownAudioOnly,
    request,
    hangup,
    reset: () => {
      dispatch({ type: 'reset' });
    },
    setAudioOnly: (on) => {
      media.setAudioOnly(on);
      peerRef.current?.send({ type: 'audio-only', enabled: on });
    },
  };
}

function sendContext(peer: CallPeer, context: CallContext | null): void {
  if (context) peer.send({ type: 'context', context: trimContext(context) });
}
