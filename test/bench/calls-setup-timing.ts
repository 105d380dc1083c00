// How the call set-up benchmark times a call, the same way for the app and the bare pages:
// an init script stamps the click on "Accepter" and watches the clinic's peer connection for
// the call for its first decoded video frame (getStats() in the page, once the video's first
// packet is in); the time
// between the two, with each side's step marks (calls-setup-marks.ts), is one sample.
import type { Page } from 'playwright-core';
import { relativeMarks, type CallMarks, type Marks } from './calls-setup-marks';

// In every page (init script): the epoch time of a click on "Accepter", and a watcher that
// records when the next new RTCPeerConnection first has a decoded video frame.
// (\`__name\`: tsx keeps function names with a helper that functions passed to evaluate() call.)
export const timingScript = `
  window.__name = (fn) => fn;
  window.__acceptAt = null;
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.textContent === 'Accepter') {
      window.__acceptAt = performance.timeOrigin + performance.now();
    }
  }, true);
  // Until the remote video track of the clinic's new connection has unmuted (its first
  // packet is in), no frame can have been decoded: the watcher waits for that without
  // polling, then reads framesDecoded every 5 ms. (Polling getStats() every 5 ms from the
  // arming on loaded the page and the WebRTC threads through the whole set-up it measures.)
  window.__watchFirstFrame = () => {
    window.__firstFrame = null;
    let settle = () => {};
    window.__firstFramePromise = new Promise((resolve) => { settle = resolve; });
    const known = window.__pcs.length;
    const pollDecoded = async (pc) => {
      const stats = await pc.getStats();
      let frames = 0;
      stats.forEach((s) => { if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded || 0; });
      if (frames > 0) {
        window.__firstFrame = performance.timeOrigin + performance.now();
        settle(window.__firstFrame);
        return;
      }
      setTimeout(() => { void pollDecoded(pc); }, 5);
    };
    let polling = false;
    const startPolling = (pc) => {
      if (polling) return;
      polling = true;
      void pollDecoded(pc);
    };
    const watchVideo = (pc) => {
      const video = () => pc.getReceivers().find((r) => r.track && r.track.kind === 'video');
      const follow = (receiver) => {
        if (!receiver.track.muted) startPolling(pc);
        else receiver.track.addEventListener('unmute', () => startPolling(pc), { once: true });
      };
      const now = video();
      if (now) follow(now);
      else pc.addEventListener('track', (event) => { if (event.track.kind === 'video') follow(event.receiver); });
    };
    // The call's connection: made while the call rang (the clinic offers then), so usually
    // already there when the watcher is armed; else the next one made. The previous call's
    // is closed; the oldest open one is the call's.
    const waitForConnection = () => {
      const since = window.__pcs.slice(Math.max(0, known - 1));
      const pc = since.find((candidate) => candidate.signalingState !== 'closed');
      if (pc) watchVideo(pc);
      else setTimeout(waitForConnection, 5);
    };
    waitForConnection();
  };
`;

/** One timed call: accept → first frame at the clinic, and when each step happened. */
export interface TimedCall {
  ms: number;
  marks: CallMarks;
}

interface TimedWindow {
  __acceptAt: number | null;
  __firstFrame: number | null;
  __firstFramePromise: Promise<number>;
  __watchFirstFrame: () => void;
  __marks: Marks;
  __busy: number;
  __resetMarks: () => void;
}

/** Both pages forget the marks of the previous call; the clinic starts watching for a frame. */
export async function armTimers(clinic: Page, interpreter: Page): Promise<void> {
  await interpreter.evaluate(() => {
    (window as unknown as TimedWindow).__resetMarks();
  });
  await clinic.evaluate(() => {
    const w = window as unknown as TimedWindow;
    w.__resetMarks();
    w.__watchFirstFrame();
  });
}

export async function firstFrameAfterAccept(clinic: Page, interpreter: Page): Promise<TimedCall> {
  // One evaluate awaiting the page's promise: no polling from here while the call sets up.
  await clinic.evaluate(() =>
    Promise.race([
      (window as unknown as TimedWindow).__firstFramePromise,
      new Promise((_resolve, reject) =>
        setTimeout(() => {
          reject(new Error('no video frame decoded at the clinic within 20 s'));
        }, 20_000),
      ),
    ]),
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
