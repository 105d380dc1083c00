// Calls that outlive a dropped socket. The media flows peer to peer, so a Wi-Fi blip on a
// party's hub link must not cut the consultation: a connected call keeps the party for
// reconnectGraceMs, and the same device or interpreter coming back takes it again. A reopened
// interpreter page also rings again for what its interpreter rings for.
import { ringingMessage } from './announcements';
import type { Call, DispatchDependencies } from './call-state';
import { isParty, type LiveCalls } from './live-calls';
import type { ClinicPeer, InterpreterPeer, Peer } from './peers';
import type { Ringing } from './ringing';

export class CallResume {
  constructor(
    private readonly deps: DispatchDependencies,
    private readonly calls: LiveCalls,
    private readonly ringing: Ringing,
  ) {}

  /** A page opened (e.g. after a reconnection): it rings for what its interpreter rings for,
   * and takes back a connected call whose interpreter page dropped. */
  pageOpened(peer: InterpreterPeer): void {
    for (const call of this.calls.values()) {
      if (call.ringing.has(peer.account.id)) peer.send(ringingMessage(call, this.deps));
      if (call.detached.has('interpreter') && call.interpreter?.account.id === peer.account.id) {
        call.interpreter = peer;
        this.reattach(call, 'interpreter', peer);
      }
    }
  }

  /** A clinic device (re)connected: it takes back its connected calls whose socket dropped. */
  clinicOpened(peer: ClinicPeer): void {
    for (const call of this.calls.values()) {
      if (call.detached.has('clinic') && call.clinic.device.id === peer.device.id) {
        call.clinic = peer;
        this.reattach(call, 'clinic', peer);
      }
    }
  }

  /** A socket closed: its searching requests are cancelled; its connected calls wait for it
   * to come back (reconnectGraceMs), then end. */
  peerClosed(peer: Peer): void {
    const grace = this.deps.settings.reconnectGraceMs;
    // A copy: ending a call removes it from the live calls.
    for (const call of [...this.calls.values()]) {
      if (call.state === 'searching' && call.clinic === peer) {
        this.ringing.withdrawAll(call, 'cancelled');
        this.calls.finish(call, 'disconnected');
      } else if (call.state === 'connected' && isParty(call, peer)) {
        const party = peer === call.clinic ? 'clinic' : 'interpreter';
        // Both signaling links gone, or no grace: nobody is left to resume it.
        if (grace <= 0 || call.detached.size > 0) {
          this.calls.endConnected(call, 'disconnected');
          continue;
        }
        const timer = setTimeout(() => {
          if (this.calls.holds(call)) this.calls.endConnected(call, 'disconnected');
        }, grace);
        call.detached.set(party, timer);
      }
    }
  }

  private reattach(call: Call, party: 'clinic' | 'interpreter', peer: Peer): void {
    clearTimeout(call.detached.get(party));
    call.detached.delete(party);
    // The media never stopped; the page only needs to know its signaling is back (it may
    // restart ICE through it if its network changed meanwhile).
    peer.send({ type: 'call.resumed', callId: call.id, role: party });
  }
}
