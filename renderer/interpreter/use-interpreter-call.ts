// The interpreter's side of a call: the camera opens while a request rings (the incoming-call
// screen shows the interpreter's own preview, as video-call apps do, and the camera is ready
// when they accept) and closes if the ringing stops unanswered. While it rings, the answer to
// the clinic's offer is prepared too (prepared-answers.ts, decision 0075), and sent the moment
// the hub connects the call; when none is ready the peer is made straight from the hub's
// `call.connected` message, not after React renders the call screen (signaling that arrives
// before the peer exists is kept, never lost). The shared context comes over the data channel
// and phrasebook cards go back.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { applyContext, type CallContext } from '../../shared/calls/call-context';
import type { IceServer, SignalPayload } from '../../shared/hub/call-messages';
import {
  CallPeer,
  type CallPeerOptions,
  type LinkFailure,
  type LinkState,
} from '../calls/call-peer';
import { relayOnlyFlag } from '../calls/test-flags';
import { useLocalMedia, type LocalMedia } from '../calls/use-local-media';
import { PreparedAnswers } from './prepared-answers';
import type { HubLink } from './use-hub-link';

export interface InterpreterCall {
  media: LocalMedia;
  peer: CallPeer | null;
  link: LinkState | null;
  failure: LinkFailure | null;
  remoteStream: MediaStream | null;
  context: CallContext | null;
  remoteAudioOnly: boolean;
  /** Accepts a ringing call (the camera is already open, or opens now). */
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
  const ringing = hub.calls.ringing.length > 0 && callId === null;
  const { onCallMessage, signal, hangup, afterMedia, mediaFlowing } = hub;
  const { open, stop } = media;
  // The call being set up or in progress, its peer once created, and signaling that came
  // before the peer existed.
  const starting = useRef<string | null>(null);
  const live = useRef<{ callId: string; peer: CallPeer } | null>(null);
  const early = useRef<{ callId: string; signals: SignalPayload[] }>({ callId: '', signals: [] });
  const currentId = useRef(callId);
  // Read when the data channel opens, from a WebRTC callback made before this render.
  const audioOnly = useRef(media.audioOnly);
  useEffect(() => {
    currentId.current = callId;
    audioOnly.current = media.audioOnly;
  });

  // The options of a call's peer, whether made while ringing (prepared-answers.ts) or once
  // the hub connects the call; `peerOf` is the peer they belong to.
  const optionsFor = useCallback(
    (
      id: string,
      stream: MediaStream | null,
      iceServers: IceServer[],
      peerOf: () => CallPeer | null,
    ): CallPeerOptions => ({
      role: 'interpreter',
      stream,
      iceServers,
      relayOnly: relayOnlyFlag(),
      sendSignal: (payload) => {
        signal(id, payload);
      },
      // The toggle only sends `audio-only` when pressed during the call: one who joined
      // audio-only from the device setup says so here, so the clinic (and the family
      // screen) know from the start. A toggle before the channel opened is caught too.
      onChannelOpen: () => {
        peerOf()?.send({ type: 'audio-only', enabled: audioOnly.current });
      },
      // Screen updates from WebRTC callbacks wait until media flows (media-gate.ts), then
      // are transitions (rendered in slices). A remote track is muted until its first
      // packets arrive: its unmute is that moment, with no getStats() polling.
      onLink: (state, why) => {
        afterMedia(() => {
          startTransition(() => {
            setLink(state);
            if (why) setFailure(why);
          });
        });
      },
      onRemoteStream: (stream) => {
        const track = stream.getVideoTracks()[0] ?? stream.getAudioTracks()[0];
        if (!track?.muted) mediaFlowing(id);
        else {
          track.addEventListener(
            'unmute',
            () => {
              mediaFlowing(id);
            },
            { once: true },
          );
        }
        afterMedia(() => {
          startTransition(() => {
            setRemoteStream(stream);
          });
        });
      },
      // Through the gate too, so the call's reset below (held with the call screen)
      // never lands after, and wipes, a context that came first.
      onMessage: (message) => {
        afterMedia(() => {
          if (message.type === 'context') {
            setContext((now) => applyContext(now, message.context));
          }
          if (message.type === 'audio-only') setRemoteAudioOnly(message.enabled);
        });
      },
    }),
    [signal, afterMedia, mediaFlowing],
  );
  const [answers] = useState(() => new PreparedAnswers({ open, optionsFor }));

  // A new call's screen starts blank; held with the call screen, ahead of the peer's news.
  const resetScreen = useCallback(
    (created: CallPeer) => {
      afterMedia(() => {
        startTransition(() => {
          setLink('connecting');
          setFailure(null);
          setContext(null);
          setRemoteStream(null);
          setRemoteAudioOnly(false);
          setPeer(created);
        });
      });
    },
    [afterMedia],
  );

  // The hub connected the call: the peer prepared while ringing sends its answer now, or,
  // when none was ready, a peer is made and answers the offer (kept, or still to come).
  const startPeer = useCallback(
    (id: string, iceServers: IceServer[]) => {
      if (starting.current === id) return;
      starting.current = id;
      const taken = answers.take(id);
      if (taken?.prepared) {
        const { peer: ready, held } = taken.prepared;
        live.current = { callId: id, peer: ready };
        resetScreen(ready);
        held.connected();
        return;
      }
      if (taken?.offer) keepEarly(early, id, { kind: 'offer', sdp: taken.offer }, true);
      void open().then((stream) => {
        if (starting.current !== id || live.current) return; // ended meanwhile
        let made: CallPeer | null = null;
        const created = new CallPeer(optionsFor(id, stream, iceServers, () => made));
        made = created;
        live.current = { callId: id, peer: created };
        if (early.current.callId === id) {
          for (const payload of early.current.signals) created.signal(payload);
        }
        early.current = { callId: '', signals: [] };
        resetScreen(created);
      });
    },
    [open, optionsFor, answers, resetScreen],
  );

  // Subscribed for the page's lifetime, so an offer racing the call screen is never dropped
  // and the peer starts the moment the hub connects the call.
  useEffect(
    () =>
      onCallMessage((message) => {
        if (message.type === 'call.ringing') {
          answers.ringing(message.callId, message.offer, message.iceServers);
        }
        if (message.type === 'call.taken' || message.type === 'call.withdrawn') {
          answers.drop(message.callId);
        }
        if (message.type === 'call.connected') startPeer(message.callId, message.iceServers);
        if (message.type === 'call.ended' && starting.current === message.callId) {
          // Usually done by the effect below; this covers a call that ended before React
          // ever rendered it as current.
          starting.current = null;
          live.current?.peer.close();
          live.current = null;
        }
        if (message.type === 'call.signal') {
          if (live.current?.callId === message.callId) {
            live.current.peer.signal(message.signal);
            return;
          }
          const { signal: payload } = message;
          if (payload.kind === 'offer' && answers.offer(message.callId, payload.sdp)) return;
          keepEarly(early, message.callId, payload, false);
        }
        if (message.type === 'call.resumed') {
          if (live.current?.callId === message.callId) live.current.peer.signalingResumed();
          // A page that reloaded mid-call has no peer left to resume: end that call cleanly.
          else if (currentId.current !== message.callId) hangup(message.callId);
        }
      }),
    [onCallMessage, hangup, startPeer, answers],
  );

  // A call that stopped ringing here (declined on this page, or any other way) drops the
  // answer prepared for it; leaving the page drops them all.
  const ringingIds = hub.calls.ringing.map((call) => call.callId).join(' ');
  const rang = useRef<string[]>([]);
  useEffect(() => {
    const now = ringingIds === '' ? [] : ringingIds.split(' ');
    for (const id of rang.current) if (!now.includes(id)) answers.drop(id);
    rang.current = now;
  }, [ringingIds, answers]);
  useEffect(
    () => () => {
      answers.dropAll();
    },
    [answers],
  );

  // The call is over (or the page goes away): close its peer and the camera.
  useEffect(() => {
    if (callId === null) return;
    return () => {
      if (starting.current === callId) starting.current = null;
      if (live.current?.callId === callId) {
        live.current.peer.close();
        live.current = null;
      }
      stop();
    };
  }, [callId, stop]);

  // The camera while ringing: opened for the preview, closed if nobody accepted here.
  useEffect(() => {
    if (ringing) void open();
    else if (callId === null && starting.current === null) stop();
  }, [ringing, callId, open, stop]);

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

/** Keeps signaling for a call whose peer does not exist yet (one call at a time); `first`
 * puts it ahead of what is kept (the clinic's offer, before any candidate). */
function keepEarly(
  early: { current: { callId: string; signals: SignalPayload[] } },
  callId: string,
  payload: SignalPayload,
  first: boolean,
): void {
  if (early.current.callId !== callId) early.current = { callId, signals: [] };
  if (first) early.current.signals.unshift(payload);
  else early.current.signals.push(payload);
}
