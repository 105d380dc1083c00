// Quality from two getStats() snapshots: good, fair, poor (audio-only suggested).
import { describe, expect, it } from 'vitest';
import { assessQuality, type StatsSnapshot } from '../../../../renderer/calls/call-quality';

const snap = (at: number, packets: number, lost: number, bytes: number, rtt: number | null) =>
  ({
    at,
    packetsReceived: packets,
    packetsLost: lost,
    bytesReceived: bytes,
    framesDecoded: 0,
    rttSeconds: rtt,
    localCandidateType: 'host',
  }) satisfies StatsSnapshot;

describe('call quality', () => {
  it('is unknown from a single snapshot', () => {
    expect(assessQuality(null, snap(0, 10, 0, 1000, 0.02)).level).toBe('unknown');
  });

  it('rates a clean link good, with RTT, loss and bitrate', () => {
    const q = assessQuality(snap(0, 0, 0, 0, 0.02), snap(2000, 200, 0, 250_000, 0.02));
    expect(q).toEqual({
      level: 'good',
      rttMs: 20,
      lossPercent: 0,
      kbps: 1000,
      suggestAudioOnly: false,
    });
  });

  it('rates moderate delay or loss fair, heavy loss or silence poor and suggests audio only', () => {
    expect(assessQuality(snap(0, 0, 0, 0, 0.3), snap(2000, 200, 0, 1000, 0.3)).level).toBe('fair');
    const lossy = assessQuality(snap(0, 0, 0, 0, 0.05), snap(2000, 80, 20, 1000, 0.05));
    expect(lossy).toMatchObject({ level: 'poor', lossPercent: 20, suggestAudioOnly: true });
    expect(assessQuality(snap(0, 50, 0, 0, null), snap(2000, 50, 0, 0, null)).level).toBe('poor');
  });
});
