// Polls a call's getStats() every two seconds while it is up and turns consecutive snapshots
// into a quality level (see call-quality.ts).
import { useEffect, useState } from 'react';
import { assessQuality, type CallQuality, type StatsSnapshot } from './call-quality';
import type { CallPeer } from './call-peer';

const POLL_MS = 2000;

export function useCallQuality(peer: CallPeer | null, active: boolean): CallQuality | null {
  const [quality, setQuality] = useState<CallQuality | null>(null);
  useEffect(() => {
    if (!peer || !active) return;
    let previous: StatsSnapshot | null = null;
    let stopped = false;
    const timer = setInterval(() => {
      peer
        .stats()
        .then((snapshot) => {
          if (stopped) return;
          setQuality(assessQuality(previous, snapshot));
          previous = snapshot;
        })
        .catch(() => undefined); // the peer closed meanwhile
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      setQuality(null);
    };
  }, [peer, active]);
  return quality;
}
