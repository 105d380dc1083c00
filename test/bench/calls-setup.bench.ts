// Call set-up: from the interpreter pressing "Accepter" to the first video frame of the
// interpreter decoded at the clinic, over 20+ calls, measured side by side in the same run
// for (a) the app: the real call panel and interpreter page (simple-peer, the hub's relay,
// React state) and (b) a bare RTCPeerConnection doing the same exchange (media opened at the
// same moments with the same constraints: the clinic's at the request, the interpreter's
// while ringing; data channel, trickle ICE) through the same hub. The ratio a/b is what the
// app's layers cost. Both read framesDecoded by polling getStats() in the page, the same way,
// and both pages log when each step happened (calls-setup-marks.ts): the medians per step
// are printed with the figures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  launchCallBrowser,
  newCallContext,
  openClinic,
  openInterpreter,
} from '../e2e/helpers/calls-browser';
import { buildClinicPage, serveStatic } from '../e2e/helpers/calls-clinic-page';
import { startCallsHub, INTERPRETER_PASSWORD } from '../e2e/helpers/calls-hub';
import { constraintsFor, defaultChoice } from '../../renderer/calls/media-devices';
import { percentile, type Figure } from './figures';
import {
  breakdownLines,
  marksScript,
  relativeMarks,
  type CallMarks,
  type Marks,
} from './calls-setup-marks';

const CALLS = 24;
const WARM_UP = 3;
/** The bare pages show the local and remote video like the app does (decoding and painting
 * video is most of a software-rendered call's CPU). CALLS_BENCH_BARE_RENDER=0 measures the
 * bare exchange without any <video>, a lower bound no real call screen reaches. */
const RENDER = process.env.CALLS_BENCH_BARE_RENDER !== '0';

// In every page (init script): the epoch time of a click on "Accepter", and a watcher that
// records when the next new RTCPeerConnection first has a decoded video frame.
// (\`__name\`: tsx keeps function names with a helper that functions passed to evaluate() call.)
const timingScript = `
  window.__name = (fn) => fn;
  window.__acceptAt = null;
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.textContent === 'Accepter') {
      window.__acceptAt = performance.timeOrigin + performance.now();
    }
  }, true);
  window.__watchFirstFrame = () => {
    window.__firstFrame = null;
    const known = window.__pcs.length;
    const tick = async () => {
      const pc = window.__pcs[known];
      if (pc) {
        const stats = await pc.getStats();
        let frames = 0;
        stats.forEach((s) => { if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded || 0; });
        if (frames > 0) { window.__firstFrame = performance.timeOrigin + performance.now(); return; }
      }
      setTimeout(tick, 5);
    };
    void tick();
  };
`;

/** The hub messages the bare pages read (already checked by the hub; a benchmark trusts it). */
interface BareMessage {
  type: string;
  callId: string;
  iceServers: RTCIceServer[];
  signal: { kind: string; sdp: string; candidate: string; sdpMid: string; sdpMLineIndex: number };
}

interface TimedWindow {
  __acceptAt: number | null;
  __firstFrame: number | null;
  __watchFirstFrame: () => void;
  __marks: Marks;
  __busy: number;
  __resetMarks: () => void;
}

/** Both pages forget the marks of the previous call; the clinic starts watching for a frame. */
async function armTimers(clinic: Page, interpreter: Page): Promise<void> {
  await interpreter.evaluate(() => {
    (window as unknown as TimedWindow).__resetMarks();
  });
  await clinic.evaluate(() => {
    const w = window as unknown as TimedWindow;
    w.__resetMarks();
    w.__watchFirstFrame();
  });
}

async function firstFrameAfterAccept(
  clinic: Page,
  interpreter: Page,
): Promise<{ ms: number; marks: CallMarks }> {
  await clinic.waitForFunction(
    () => (window as unknown as TimedWindow).__firstFrame !== null,
    null,
    {
      polling: 5,
      timeout: 20_000,
    },
  );
  const clinicSide = await clinic.evaluate(() => {
    const w = window as unknown as TimedWindow;
    return { frame: w.__firstFrame ?? 0, marks: w.__marks, busy: w.__busy };
  });
  const interpreterSide = await interpreter.evaluate(() => {
    const w = window as unknown as TimedWindow;
    return { accept: w.__acceptAt ?? 0, marks: w.__marks, busy: w.__busy };
  });
  const clinicMarks = { ...clinicSide.marks, 'first frame decoded': clinicSide.frame };
  return {
    ms: clinicSide.frame - interpreterSide.accept,
    marks: {
      ...relativeMarks(interpreterSide.marks, clinicMarks, interpreterSide.accept),
      busy: { interpreter: interpreterSide.busy, clinic: clinicSide.busy },
    },
  };
}

/** The bare clinic: a device socket and one RTCPeerConnection, as little code as a call needs. */
function bareClinic(args: {
  ws: string;
  token: string;
  render: boolean;
  constraints: MediaStreamConstraints;
}) {
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
function bareInterpreter(args: {
  ws: string;
  token: string;
  render: boolean;
  constraints: MediaStreamConstraints;
}) {
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

export async function run(): Promise<Figure[]> {
  const pageDir = await buildClinicPage();
  writeFileSync(join(pageDir, 'blank.html'), '<!doctype html><title>bare</title>');
  const site = await serveStatic(pageDir);
  const hub = await startCallsHub({ allowedOrigins: [site.origin] });
  const browser = await launchCallBrowser();
  const contexts = await Promise.all([0, 1, 2, 3].map(() => newCallContext(browser)));
  for (const context of contexts) {
    await context.addInitScript(timingScript);
    await context.addInitScript(marksScript);
  }
  const [appClinicCtx, appInterpreterCtx, bareClinicCtx, bareInterpreterCtx] = contexts as [
    (typeof contexts)[0],
    (typeof contexts)[0],
    (typeof contexts)[0],
    (typeof contexts)[0],
  ];
  const wsUrl = `${hub.url.replace(/^http/, 'ws')}ws`;

  // (a) the app: amina on the interpreter page, the clinic's call panel.
  const appInterpreter = await openInterpreter(appInterpreterCtx, hub.url, 'amina');
  const appClinic = await openClinic(appClinicCtx, site.origin, hub);
  // (b) bare: bilal and a second device token would ring amina too, so each variant calls
  // while the other interpreter is busy-free but unmatched: bilal speaks Arabic as well, so
  // the app interpreter goes offline during bare calls and back online after.
  const signInResponse = await fetch(new URL('/api/sign-in', hub.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login: 'bilal', password: INTERPRETER_PASSWORD }),
  });
  const { token } = (await signInResponse.json()) as { token: string };
  const bareClinicPage = await bareClinicCtx.newPage();
  const bareInterpreterPage = await bareInterpreterCtx.newPage();
  await bareClinicPage.goto(`${site.origin}/blank.html`);
  await bareInterpreterPage.goto(`${site.origin}/blank.html`);
  // The app's constraints (default devices), so both capture and encode the same video.
  const constraints = constraintsFor(defaultChoice);
  await bareClinicPage.evaluate(bareClinic, {
    ws: wsUrl,
    token: hub.deviceToken,
    render: RENDER,
    constraints,
  });
  await bareInterpreterPage.evaluate(bareInterpreter, {
    ws: wsUrl,
    token,
    render: RENDER,
    constraints,
  });

  const setPresence = async (page: Page, label: 'Disponible' | 'Hors ligne') => {
    await page.getByRole('radio', { name: label }).check();
    await page.getByText(`Statut actuel : ${label}`).waitFor();
  };
  const appCall = async () => {
    await appClinic.getByRole('button', { name: /ppeler un·e interprète en arabe/ }).click();
    const accept = appInterpreter.getByRole('button', { name: 'Accepter' });
    await accept.waitFor();
    await armTimers(appClinic, appInterpreter);
    await accept.click();
    const timed = await firstFrameAfterAccept(appClinic, appInterpreter);
    await appClinic.getByRole('button', { name: 'Raccrocher' }).click();
    await appInterpreter.getByText('Statut actuel : Disponible').waitFor();
    return timed;
  };
  const bareCall = async () => {
    await bareClinicPage.evaluate(() => {
      (window as unknown as { __bare: { request(): void } }).__bare.request();
    });
    await bareInterpreterPage.waitForFunction(
      () => (window as unknown as { __bare: { ringing(): boolean } }).__bare.ringing(),
      null,
      { polling: 5 },
    );
    await armTimers(bareClinicPage, bareInterpreterPage);
    await bareInterpreterPage.evaluate(() => {
      (window as unknown as { __bare: { accept(): void } }).__bare.accept();
    });
    const timed = await firstFrameAfterAccept(bareClinicPage, bareInterpreterPage);
    await bareClinicPage.evaluate(() => {
      (window as unknown as { __bare: { hangup(): void } }).__bare.hangup();
    });
    await bareInterpreterPage.waitForTimeout(150); // the hub sets bilal online again
    return timed;
  };

  const app: number[] = [];
  const bare: number[] = [];
  const appMarks: CallMarks[] = [];
  const bareMarks: CallMarks[] = [];
  // Interleaved, so both see the same machine load; only one interpreter is online at a time
  // so each request rings the intended side.
  await setPresence(appInterpreter, 'Hors ligne');
  for (let i = 0; i < WARM_UP + CALLS; i += 1) {
    const b = await bareCall();
    await setPresence(appInterpreter, 'Disponible');
    await bareInterpreterPage.evaluate(() => undefined);
    const a = await withBareOffline(bareInterpreterPage, appCall);
    await setPresence(appInterpreter, 'Hors ligne');
    if (i >= WARM_UP) {
      app.push(a.ms);
      bare.push(b.ms);
      appMarks.push(a.marks);
      bareMarks.push(b.marks);
    }
  }
  // Not figures (one line each, many): the explanation printed beside them.
  for (const line of breakdownLines(appMarks, bareMarks)) console.log(line);
  await browser.close();
  await hub.close();
  site.close();
  const p50 = percentile(app, 50);
  const bareP50 = percentile(bare, 50);
  return [
    { area: 'calls', measure: `setup p50 (${app.length} calls)`, value: p50, unit: 'ms' },
    { area: 'calls', measure: 'setup p95', value: percentile(app, 95), unit: 'ms' },
    { area: 'calls', measure: 'setup bare RTCPeerConnection p50', value: bareP50, unit: 'ms' },
    {
      area: 'calls',
      measure: 'setup bare RTCPeerConnection p95',
      value: percentile(bare, 95),
      unit: 'ms',
    },
    { area: 'calls', measure: 'setup ratio', value: p50 / bareP50, unit: 'x' },
    {
      area: 'calls',
      measure: 'setup bare pages render video (1 = yes)',
      value: RENDER ? 1 : 0,
      unit: '',
    },
  ];
}

/** Runs `call` while the bare interpreter is offline, so the app's request rings amina only. */
async function withBareOffline<T>(bareInterpreter: Page, call: () => Promise<T>): Promise<T> {
  const set = (status: string) =>
    bareInterpreter.evaluate((s) => {
      const sockets = (window as unknown as { __sockets: WebSocket[] }).__sockets;
      sockets.at(-1)?.send(JSON.stringify({ v: 1, type: 'presence.set', status: s }));
    }, status);
  await set('offline');
  await bareInterpreter.waitForTimeout(50);
  try {
    return await call();
  } finally {
    await set('online');
    await bareInterpreter.waitForTimeout(50);
  }
}
