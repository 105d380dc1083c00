// The bare side of the call set-up benchmark: a clinic and an interpreter each as one
// WebSocket to the hub and one RTCPeerConnection, as little code as a call needs, opening
// media at the same moments as the app. These functions run inside the page (passed to
// page.evaluate), so each is self-contained: no imports, no closures over this module, which
// is also why the two repeat their few lines of video and ICE handling instead of sharing them.

/** The hub messages the bare pages read (already checked by the hub; a benchmark trusts it). */
interface BareMessage {
  type: string;
  callId: string;
  iceServers: RTCIceServer[];
  signal: { kind: string; sdp: string; candidate: string; sdpMid: string; sdpMLineIndex: number };
}

/** What both bare pages are given: the hub's socket URL and a token (the device's, or an
 * interpreter session's), whether to show the video, and the app's media constraints. */
export interface BarePageArgs {
  ws: string;
  token: string;
  render: boolean;
  constraints: MediaStreamConstraints;
}

/** The bare clinic: a device socket and one RTCPeerConnection, as little code as a call needs. */
export function bareClinic(args: BarePageArgs) {
  const w = window as unknown as Record<string, unknown>;
  // Shown like any call shows them: the local preview and the remote video, playing.
  const show = (media: MediaStream) => {
    if (!args.render) return;
    const video = document.createElement('video');
    Object.assign(video, { autoplay: true, muted: true, playsInline: true, srcObject: media });
    document.body.append(video);
  };
  const socket = new WebSocket(args.ws, ['interpretable.hub.v1', `device.${args.token}`]);
  let pc: RTCPeerConnection | null = null;
  let stream: Promise<MediaStream> | null = null;
  let callId = '';
  const send = (body: object) => {
    socket.send(JSON.stringify({ v: 1, ...body }));
  };
  socket.onmessage = (event) => {
    const m = JSON.parse(String(event.data)) as BareMessage;
    if (m.type === 'call.searching') callId = m.callId;
    if (m.type === 'call.connected') {
      const peer = new RTCPeerConnection({ iceServers: m.iceServers, bundlePolicy: 'max-bundle' });
      pc = peer;
      peer.createDataChannel('context');
      peer.ontrack = (e) => {
        if (e.track.kind === 'video' && e.streams[0]) show(e.streams[0]);
      };
      peer.onicecandidate = (e) => {
        if (e.candidate?.candidate) {
          const { candidate, sdpMid, sdpMLineIndex } = e.candidate;
          send({
            type: 'call.signal',
            callId,
            signal: { kind: 'candidate', candidate, sdpMid, sdpMLineIndex },
          });
        }
      };
      void (stream ?? Promise.reject(new Error('no media'))).then(async (media) => {
        for (const track of media.getTracks()) peer.addTrack(track, media);
        await peer.setLocalDescription(await peer.createOffer());
        send({
          type: 'call.signal',
          callId,
          signal: { kind: 'offer', sdp: peer.localDescription?.sdp },
        });
      });
    }
    if (m.type === 'call.signal') {
      const s = m.signal;
      if (s.kind === 'answer') void pc?.setRemoteDescription({ type: 'answer', sdp: s.sdp });
      if (s.kind === 'candidate') void pc?.addIceCandidate(s);
    }
  };
  w.__bare = {
    request: () => {
      document.body.replaceChildren();
      stream = navigator.mediaDevices.getUserMedia(args.constraints);
      void stream.then(show);
      send({ type: 'call.request', language: 'ar', consultationType: 'vaccination' });
    },
    hangup: () => {
      send({ type: 'call.hangup', callId });
      pc?.close();
      void stream?.then((media) => {
        for (const track of media.getTracks()) track.stop();
      });
    },
  };
  return new Promise<void>((resolve) => {
    socket.onopen = () => {
      resolve();
    };
  });
}

/** The bare interpreter: the page socket, the camera opened (and shown) while ringing as the
 * app's incoming-call screen does, the accept, and the answering RTCPeerConnection. */
export function bareInterpreter(args: BarePageArgs) {
  const w = window as unknown as Record<string, unknown>;
  const show = (media: MediaStream) => {
    if (!args.render) return;
    const video = document.createElement('video');
    Object.assign(video, { autoplay: true, muted: true, playsInline: true, srcObject: media });
    document.body.append(video);
  };
  const socket = new WebSocket(args.ws, ['interpretable.hub.v1', `token.${args.token}`]);
  let pc: RTCPeerConnection | null = null;
  let ready: Promise<void> = Promise.resolve();
  let camera: Promise<MediaStream> | null = null;
  let ringing = '';
  let callId = '';
  const send = (body: object) => {
    socket.send(JSON.stringify({ v: 1, ...body }));
  };
  const handle = async (s: BareMessage['signal']) => {
    await ready;
    if (!pc) return;
    if (s.kind === 'offer') {
      await pc.setRemoteDescription({ type: 'offer', sdp: s.sdp });
      await pc.setLocalDescription(await pc.createAnswer());
      send({
        type: 'call.signal',
        callId,
        signal: { kind: 'answer', sdp: pc.localDescription?.sdp },
      });
    }
    if (s.kind === 'candidate') await pc.addIceCandidate(s);
  };
  socket.onmessage = (event) => {
    const m = JSON.parse(String(event.data)) as BareMessage;
    if (m.type === 'welcome') send({ type: 'presence.set', status: 'online' });
    if (m.type === 'call.ringing') {
      ringing = m.callId;
      document.body.replaceChildren();
      camera = navigator.mediaDevices.getUserMedia(args.constraints);
      void camera.then(show);
    }
    if (m.type === 'call.connected') {
      callId = m.callId;
      const peer = new RTCPeerConnection({ iceServers: m.iceServers, bundlePolicy: 'max-bundle' });
      pc = peer;
      peer.ontrack = (e) => {
        if (e.track.kind === 'video' && e.streams[0]) show(e.streams[0]);
      };
      peer.onicecandidate = (e) => {
        if (e.candidate?.candidate) {
          const { candidate, sdpMid, sdpMLineIndex } = e.candidate;
          send({
            type: 'call.signal',
            callId,
            signal: { kind: 'candidate', candidate, sdpMid, sdpMLineIndex },
          });
        }
      };
      ready = (camera ?? navigator.mediaDevices.getUserMedia(args.constraints)).then((media) => {
        for (const track of media.getTracks()) peer.addTrack(track, media);
      });
    }
    if (m.type === 'call.signal') void handle(m.signal);
    if (m.type === 'call.ended') {
      pc?.getSenders().forEach((sender) => sender.track?.stop());
      pc?.close();
      pc = null;
      camera = null;
    }
  };
  w.__bare = {
    ringing: () => ringing !== '',
    accept: () => {
      w.__acceptAt = performance.timeOrigin + performance.now();
      send({ type: 'call.accept', callId: ringing });
      ringing = '';
    },
  };
  return new Promise<void>((resolve) => {
    socket.onopen = () => {
      resolve();
    };
  });
}
