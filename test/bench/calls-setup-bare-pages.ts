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
  offer: string | null;
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
  const show = (media: MediaStream, muted = true) => {
    if (!args.render) return;
    const video = document.createElement('video');
    Object.assign(video, { autoplay: true, muted, playsInline: true, srcObject: media });
    document.body.append(video);
  };
  const socket = new WebSocket(args.ws, ['interpretable.hub.v1', `device.${args.token}`]);
  let pc: RTCPeerConnection | null = null;
  let stream: Promise<MediaStream> | null = null;
  let callId = '';
  const send = (body: object) => {
    socket.send(JSON.stringify({ v: 1, ...body }));
  };
  // Signaling before the accept waits (the hub takes only the offer, without candidates).
  let connected = false;
  let held: object[] = [];
  const sendOrHold = (body: object) => {
    if (connected) send(body);
    else held.push(body);
  };
  socket.onmessage = (event) => {
    const m = JSON.parse(String(event.data)) as BareMessage;
    // The offer is made while the call rings, as the app does (decision 0075).
    if (m.type === 'call.searching') {
      callId = m.callId;
      connected = false;
      held = [];
      const peer = new RTCPeerConnection({ iceServers: m.iceServers, bundlePolicy: 'max-bundle' });
      pc = peer;
      peer.createDataChannel('context');
      peer.ontrack = (e) => {
        if (e.track.kind === 'video' && e.streams[0]) show(e.streams[0], false);
      };
      peer.onicecandidate = (e) => {
        if (e.candidate?.candidate) {
          const { candidate, sdpMid, sdpMLineIndex } = e.candidate;
          sendOrHold({
            type: 'call.signal',
            callId,
            signal: { kind: 'candidate', candidate, sdpMid, sdpMLineIndex },
          });
        }
      };
      void (stream ?? Promise.reject(new Error('no media'))).then(async (media) => {
        for (const track of media.getTracks()) peer.addTrack(track, media);
        await peer.setLocalDescription(await peer.createOffer());
        const sdp = (peer.localDescription?.sdp ?? '')
          .split('\r\n')
          .filter((line) => !line.startsWith('a=candidate:') && line !== 'a=end-of-candidates')
          .join('\r\n');
        send({ type: 'call.signal', callId, signal: { kind: 'offer', sdp } });
      });
    }
    if (m.type === 'call.connected') {
      connected = true;
      for (const body of held) send(body);
      held = [];
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
      // The videos go with the call, as the app's call screen does: a <video> left in the
      // page keeps its compositor ticking every frame, through the app's next call.
      document.body.replaceChildren();
    },
  };
  return new Promise<void>((resolve) => {
    socket.onopen = () => {
      resolve();
    };
  });
}

/** The bare interpreter: the page socket, the camera opened (and shown) while ringing as the
 * app's incoming-call screen does, an "Accepter" button, and the answering RTCPeerConnection. */
export function bareInterpreter(args: BarePageArgs) {
  const w = window as unknown as Record<string, unknown>;
  const show = (media: MediaStream, muted = true) => {
    if (!args.render) return;
    const video = document.createElement('video');
    Object.assign(video, { autoplay: true, muted, playsInline: true, srcObject: media });
    document.body.append(video);
  };
  const socket = new WebSocket(args.ws, ['interpretable.hub.v1', `token.${args.token}`]);
  let pc: RTCPeerConnection | null = null;
  let ready: Promise<void> = Promise.resolve();
  let camera: Promise<MediaStream> | null = null;
  let ringing = '';
  let iceServers: RTCIceServer[] = [];
  // The answer is prepared while ringing and held, with the candidates, until the hub
  // connects the call (decision 0075), as the app's interpreter page does.
  let connected = false;
  let held: object[] = [];
  const send = (body: object) => {
    socket.send(JSON.stringify({ v: 1, ...body }));
  };
  const sendOrHold = (body: object) => {
    if (connected) send(body);
    else held.push(body);
  };
  const accept = () => {
    send({ type: 'call.accept', callId: ringing });
    ringing = '';
  };
  const prepare = async (callId: string, offer: string) => {
    const peer = new RTCPeerConnection({ iceServers, bundlePolicy: 'max-bundle' });
    pc = peer;
    peer.ontrack = (e) => {
      if (e.track.kind === 'video' && e.streams[0]) show(e.streams[0], false);
    };
    peer.onicecandidate = (e) => {
      if (e.candidate?.candidate) {
        const { candidate, sdpMid, sdpMLineIndex } = e.candidate;
        sendOrHold({
          type: 'call.signal',
          callId,
          signal: { kind: 'candidate', candidate, sdpMid, sdpMLineIndex },
        });
      }
    };
    const media = await (camera ?? navigator.mediaDevices.getUserMedia(args.constraints));
    for (const track of media.getTracks()) peer.addTrack(track, media);
    await peer.setRemoteDescription({ type: 'offer', sdp: offer });
    await peer.setLocalDescription(await peer.createAnswer());
    sendOrHold({
      type: 'call.signal',
      callId,
      signal: { kind: 'answer', sdp: peer.localDescription?.sdp },
    });
  };
  socket.onmessage = (event) => {
    const m = JSON.parse(String(event.data)) as BareMessage;
    if (m.type === 'welcome') send({ type: 'presence.set', status: 'online' });
    if (m.type === 'call.ringing') {
      ringing = m.callId;
      iceServers = m.iceServers;
      connected = false;
      held = [];
      document.body.replaceChildren();
      // Accepted with a click on a button, as on the app's page: the browser treats what
      // follows a trusted click differently from script (it draws the next frame before
      // other tasks), and the accept is timed from that click on both sides.
      const button = document.createElement('button');
      button.textContent = 'Accepter';
      button.addEventListener('click', () => {
        accept();
      });
      document.body.append(button);
      camera = navigator.mediaDevices.getUserMedia(args.constraints);
      void camera.then(show);
      if (m.offer) ready = prepare(m.callId, m.offer);
    }
    if (m.type === 'call.signal') {
      const s = m.signal;
      if (s.kind === 'offer' && !pc) ready = prepare(m.callId, s.sdp);
      if (s.kind === 'candidate') void ready.then(() => pc?.addIceCandidate(s));
    }
    if (m.type === 'call.connected') {
      connected = true;
      for (const body of held) send(body);
      held = [];
    }
    if (m.type === 'call.ended') {
      pc?.getSenders().forEach((sender) => sender.track?.stop());
      pc?.close();
      pc = null;
      camera = null;
      document.body.replaceChildren(); // as the clinic's hang-up does
    }
  };
  w.__bare = { ringing: () => ringing !== '' };
  return new Promise<void>((resolve) => {
    socket.onopen = () => {
      resolve();
    };
  });
}
