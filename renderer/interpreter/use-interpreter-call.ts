// The interpreter's side of a connected call: opens the camera and microphone as soon as they
// accept (in parallel with the hub's answer), answers the clinic's offer (signaling that
// arrives before the peer exists is kept, never lost), receives the shared context on the
// data channel and pushes phrasebook cards back.
import { useEffect, useRef, useState } from 'react';
import { applyContext, type CallContext } from '../../shared/calls/call-context';
import type { SignalPayload } from '../../shared/hub/call-messages';
import { CallPeer, type LinkFailure, type LinkState } from '../calls/call-peer';
import { relayOnlyFlag } from '../calls/test-flags';
import { useLocalMedia, type LocalMedia } from '../calls/use-local-media';
import type { HubLink } from './use-hub-link';

export interface InterpreterCall {
  media: LocalMedia;
  peer: CallPeer | null;
  link: LinkState | null;
  failure: LinkFailure | null;
  remoteStream: MediaStream | null;
  context: CallContext | null;
  remoteAudioOnly: boolean;
  /** Accepts a ringing call and opens the camera at once (the accept is the consent). */
  accept: (callId: string) => void;
  pushCard: (cardId: string) => void;
  setAudioOnly: (on: boolean) => void;
}

export function useInterpreterCall(hub: HubLink): InterpreterCall {
  const media = useLocalMedia();
  const [peer, setPeer] = useState<CallPeer | null>(null);
  const [link, setLink] = useState<LinkState | null>(null);
  const [failure, setFailure] = useState<LinkFailure | null>(null);
  const [remoteStream, setRemoteStream] = useState<MediaStream | null>(null);
  const [context, setContext] = useState<CallContext | null>(null);
  const [remoteAudioOnly, setRemoteAudioOnly] = useState(false);
  const callId = hub.calls.current?.callId ?? null;
  const iceServers = hub.calls.current?.iceServers;
  const { onCallMessage, signal, hangup } = hub;
  const { open, stop } = media;
  // The peer of the current call, and signaling that came before it existed.
  const live = useRef<{ callId: string; peer: CallPeer } | null>(null);
  const early = useRef<{ callId: string; signals: SignalPayload[] }>({ callId: '', signals: [] });
  const currentId = useRef(callId);
  useEffect(() => {
    currentId.current = callId;
  });

  // Subscribed for the page's lifetime, so an offer racing the call screen is never dropped.
  useEffect(
    () =>
      onCallMessage((message) => {
        if (message.type === 'call.signal') {
          if (live.current?.callId === message.callId) {
            live.current.peer.signal(message.signal);
            return;
          }
          if (early.current.callId !== message.callId) {
            early.current = { callId: message.callId, signals: [] };
          }
          early.current.signals.push(message.signal);
        }
        if (message.type === 'call.resumed') {
          if (live.current?.callId === message.callId) live.current.peer.signalingResumed();
          // A page that reloaded mid-call has no peer left to resume: end that call cleanly.
          else if (currentId.current !== message.callId) hangup(message.callId);
        }
      }),
    [onCallMessage, hangup],
  );

  useEffect(() => {
    if (callId === null || !iceServers) return;
    let created: CallPeer | null = null;
    let cancelled = false;
    void open().then((stream) => {
      if (cancelled) return;
      const peerOfCall = new CallPeer({
        role: 'interpreter',
        stream,
        iceServers,
        relayOnly: relayOnlyFlag(),
        sendSignal: (payload) => {
          signal(callId, payload);
        },
        onLink: (state, why) => {
          setLink(state);
          if (why) setFailure(why);
        },
        onRemoteStream: setRemoteStream,
        onMessage: (message) => {
          if (message.type === 'context') setContext((now) => applyContext(now, message.context));
          if (message.type === 'audio-only') setRemoteAudioOnly(message.enabled);
        },
      });
      created = peerOfCall;
      live.current = { callId, peer: peerOfCall };
      if (early.current.callId === callId) {
        for (const payload of early.current.signals) peerOfCall.signal(payload);
        early.current = { callId: '', signals: [] };
      }
      setLink('connecting');
      setFailure(null);
      setContext(null);
      setRemoteStream(null);
      setRemoteAudioOnly(false);
      setPeer(peerOfCall);
    });
    return () => {
      cancelled = true;
      live.current = null;
      created?.close();
      stop();
    };
  }, [callId, iceServers, signal, open, stop]);

  const inCall = callId !== null;
  return {
    media,
    peer: inCall ? peer : null,
    link: inCall ? link : null,
    failure: inCall ? failure : null,
    remoteStream: inCall ? remoteStream : null,
    context: inCall ? context : null,
    remoteAudioOnly: inCall && remoteAudioOnly,
    accept: (id) => {
      void open();
      hub.accept(id);
    },
    pushCard: (cardId) => {
      peer?.send({ type: 'push-card', cardId });
    },
    setAudioOnly: (on) => {
      media.setAudioOnly(on);
      peer?.send({ type: 'audio-only', enabled: on });
    },
  };
}
