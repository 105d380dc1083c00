// Where a call's set-up time goes: an init script, identical for the app and the bare pages,
// that timestamps the steps of a call from outside the code under test (WebSocket messages
// sent and received, getUserMedia, RTCPeerConnection events), and the per-phase medians the
// benchmark prints so a figure can be explained, not just read. Nothing here touches the app.

/** Every page: the first time each step happens after `__resetMarks()`, as epoch ms. The
 * click on "Accepter" (or the bare page's accept) resets the interpreter page's marks; the
 * first-frame watcher resets the clinic's. */
export const marksScript = `
  window.__marks = {};
  window.__mark = (name) => {
    if (window.__marks[name] === undefined) {
      window.__marks[name] = performance.timeOrigin + performance.now();
    }
  };
  window.__resetAt = 0;
  window.__resetMarks = () => { window.__marks = {}; window.__resetAt = performance.now(); window.__busy = 0; };
  // Main-thread time in long tasks (> 50 ms) since the reset: a page busy rendering reads
  // its WebSocket messages and WebRTC callbacks late.
  window.__busy = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.startTime >= window.__resetAt) window.__busy += entry.duration;
      }
    }).observe({ type: 'longtask', buffered: false });
  } catch {}
  const markMessage = (prefix, text) => {
    try {
      const m = JSON.parse(text);
      if (m.type === 'call.signal' && m.signal) window.__mark(prefix + ' ' + m.signal.kind);
      else if (typeof m.type === 'string' && m.type.startsWith('call.')) window.__mark(prefix + ' ' + m.type);
    } catch {}
  };
  const SpiedWS = window.WebSocket;
  window.WebSocket = class extends SpiedWS {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        if (typeof event.data === 'string') markMessage('recv', event.data);
      });
    }
    send(data) {
      if (typeof data === 'string') markMessage('sent', data);
      super.send(data);
    }
  };
  const SpiedPC = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends SpiedPC {
    constructor(...args) {
      super(...args);
      window.__mark('pc created');
      this.addEventListener('icecandidate', (e) => { if (e.candidate) window.__mark('first local candidate'); });
      this.addEventListener('iceconnectionstatechange', () => {
        if (this.iceConnectionState === 'connected') window.__mark('ice connected');
      });
      this.addEventListener('track', (e) => { if (e.track.kind === 'video') window.__mark('video track'); });
      this.addEventListener('iceconnectionstatechange', () => {
        if (this.iceConnectionState === 'checking') window.__mark('ice checking');
      });
      this.addEventListener('signalingstatechange', () => {
        if (this.signalingState === 'stable') window.__mark('answer applied');
      });
      this.addEventListener('connectionstatechange', () => {
        if (this.connectionState === 'connected') window.__mark('dtls connected');
      });
    }
  };
  const media = navigator.mediaDevices;
  const gum = media.getUserMedia.bind(media);
  media.getUserMedia = (constraints) => {
    window.__mark('getUserMedia asked');
    return gum(constraints).then((stream) => { window.__mark('getUserMedia resolved'); return stream; });
  };
`;

export type Marks = Record<string, number>;

/** One call's marks on both pages, relative to the accept. */
export interface CallMarks {
  interpreter: Marks;
  clinic: Marks;
  /** Main-thread ms spent in long tasks from the accept to the first frame, per page. */
  busy: { interpreter: number; clinic: number };
}

export function relativeMarks(
  interpreter: Marks,
  clinic: Marks,
  acceptAt: number,
): Omit<CallMarks, 'busy'> {
  const shift = (marks: Marks): Marks =>
    Object.fromEntries(Object.entries(marks).map(([name, at]) => [name, at - acceptAt]));
  return { interpreter: shift(interpreter), clinic: shift(clinic) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median of each step, app beside bare, in the order steps happen in the app (a step that
 * never happened after the accept, e.g. the camera opened while ringing, shows "-"). */
export function breakdownLines(app: CallMarks[], bare: CallMarks[]): string[] {
  const rows: {
    side: 'interpreter' | 'clinic';
    name: string;
    app: number | null;
    bare: number | null;
  }[] = [];
  for (const side of ['interpreter', 'clinic'] as const) {
    const names = new Set([...app, ...bare].flatMap((call) => Object.keys(call[side])));
    for (const name of names) {
      const of = (calls: CallMarks[]) =>
        median(calls.map((c) => c[side][name]).filter((v): v is number => v !== undefined));
      rows.push({ side, name, app: of(app), bare: of(bare) });
    }
  }
  rows.sort((a, b) => (a.app ?? a.bare ?? 0) - (b.app ?? b.bare ?? 0));
  const show = (v: number | null) => (v === null ? '-' : v.toFixed(0));
  const line = (side: string, name: string, a: number | null, b: number | null) =>
    `  ${side.padEnd(11)} ${name.padEnd(26)} ${show(a).padStart(5)} | ${show(b).padStart(5)}`;
  const busy = (calls: CallMarks[], side: 'interpreter' | 'clinic') =>
    median(calls.map((c) => c.busy[side]));
  return [
    'calls setup breakdown: median ms after "Accepter" (app | bare)',
    ...rows.map((r) => line(r.side, r.name, r.app, r.bare)),
    'main thread in long tasks (> 50 ms) until the first frame, median ms (app | bare)',
    ...(['interpreter', 'clinic'] as const).map((side) =>
      line(side, 'long tasks', busy(app, side), busy(bare, side)),
    ),
  ];
}
