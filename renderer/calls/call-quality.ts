// Call quality from two getStats() snapshots a few seconds apart: round-trip time, packet
// loss and the received bitrate. Pure, so the thresholds are tested without a browser.
export interface StatsSnapshot {
  at: number;
  /** Summed over inbound-rtp streams (audio and video). */
  packetsReceived: number;
  packetsLost: number;
  bytesReceived: number;
  /** Video frames decoded (inbound-rtp, kind video). */
  framesDecoded: number;
  /** The selected candidate pair's current RTT, in seconds; null before one is selected. */
  rttSeconds: number | null;
  /** 'relay' when the media goes through TURN. */
  localCandidateType: string | null;
}

export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown';

export interface CallQuality {
  level: QualityLevel;
  rttMs: number | null;
  lossPercent: number | null;
  kbps: number | null;
  /** True when audio-only would likely help (poor link). */
  suggestAudioOnly: boolean;
}

/** Below these a video call is comfortable; above the "poor" ones, audio-only is better. */
const FAIR = { rttMs: 250, lossPercent: 3 };
const POOR = { rttMs: 500, lossPercent: 10 };

export function assessQuality(previous: StatsSnapshot | null, current: StatsSnapshot): CallQuality {
  const rttMs = current.rttSeconds === null ? null : Math.round(current.rttSeconds * 1000);
  if (!previous || current.at <= previous.at) {
    return { level: 'unknown', rttMs, lossPercent: null, kbps: null, suggestAudioOnly: false };
  }
  const received = current.packetsReceived - previous.packetsReceived;
  const lost = Math.max(0, current.packetsLost - previous.packetsLost);
  const lossPercent = received + lost > 0 ? (lost / (received + lost)) * 100 : null;
  const seconds = (current.at - previous.at) / 1000;
  const kbps = Math.round(((current.bytesReceived - previous.bytesReceived) * 8) / 1000 / seconds);
  let level: QualityLevel = 'good';
  if (received === 0)
    level = 'poor'; // nothing arrived at all during the interval
  else if ((rttMs ?? 0) > POOR.rttMs || (lossPercent ?? 0) > POOR.lossPercent) level = 'poor';
  else if ((rttMs ?? 0) > FAIR.rttMs || (lossPercent ?? 0) > FAIR.lossPercent) level = 'fair';
  return {
    level,
    rttMs,
    lossPercent: lossPercent === null ? null : Math.round(lossPercent * 10) / 10,
    kbps,
    suggestAudioOnly: level === 'poor',
  };
}

/** The figures of one getStats() report that the quality indicator and the tests read. */
export function snapshotOf(report: RTCStatsReport, at: number): StatsSnapshot {
  const snapshot: StatsSnapshot = {
    at,
    packetsReceived: 0,
    packetsLost: 0,
    bytesReceived: 0,
    framesDecoded: 0,
    rttSeconds: null,
    localCandidateType: null,
  };
  const byId = new Map<string, Record<string, unknown>>();
  report.forEach((value: Record<string, unknown>) => {
    byId.set(String(value.id), value);
  });
  for (const stat of byId.values()) {
    if (stat.type === 'inbound-rtp') {
      snapshot.packetsReceived += numberOf(stat.packetsReceived);
      snapshot.packetsLost += numberOf(stat.packetsLost);
      snapshot.bytesReceived += numberOf(stat.bytesReceived);
      if (stat.kind === 'video') snapshot.framesDecoded += numberOf(stat.framesDecoded);
    }
    if (stat.type === 'candidate-pair' && stat.nominated === true && stat.state === 'succeeded') {
      if (typeof stat.currentRoundTripTime === 'number') {
        snapshot.rttSeconds = stat.currentRoundTripTime;
      }
      const local = byId.get(String(stat.localCandidateId));
      if (typeof local?.candidateType === 'string')
        snapshot.localCandidateType = local.candidateType;
    }
  }
  return snapshot;
}

function numberOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
