// Proof that media flows: the getStats() counters of a page's latest peer connection (read
// through the list the call contexts keep, see calls-browser.ts), never `stream` events.
import type { Page } from 'playwright-core';

export interface MediaCounters {
  packetsReceived: number;
  framesDecoded: number;
  /** Candidate type of the selected pair's local side ('relay' through TURN). */
  localCandidateType: string | null;
}

/** inbound-rtp counters of the page's most recent peer connection. */
export function mediaCounters(page: Page): Promise<MediaCounters> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
    const pc = pcs.at(-1);
    const counters = {
      packetsReceived: 0,
      framesDecoded: 0,
      localCandidateType: null as string | null,
    };
    if (!pc) return counters;
    const stats = await pc.getStats();
    const all = new Map<string, Record<string, unknown>>();
    stats.forEach((s: Record<string, unknown>) => all.set(String(s.id), s));
    for (const s of all.values()) {
      if (s.type === 'inbound-rtp') {
        counters.packetsReceived += Number(s.packetsReceived ?? 0);
        if (s.kind === 'video') counters.framesDecoded += Number(s.framesDecoded ?? 0);
      }
      if (s.type === 'candidate-pair' && s.nominated === true && s.state === 'succeeded') {
        const local = all.get(String(s.localCandidateId));
        counters.localCandidateType = (local?.candidateType as string | undefined) ?? null;
      }
    }
    return counters;
  });
}

/** Resolves once packets and decoded frames both grew between two readings, i.e. audio and
 * video arrive right now; throws after `timeoutMs`. Returns the time it took. */
export async function waitForMedia(page: Page, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  let before = await mediaCounters(page);
  while (Date.now() - started < timeoutMs) {
    await page.waitForTimeout(250);
    const after = await mediaCounters(page);
    if (
      after.packetsReceived > before.packetsReceived &&
      after.framesDecoded > before.framesDecoded
    ) {
      return Date.now() - started;
    }
    before = after;
  }
  throw new Error(`no media within ${timeoutMs} ms: ${JSON.stringify(before)}`);
}
