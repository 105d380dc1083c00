// simple-peer with ICE restart. The library destroys the peer as soon as ICE fails, and has no
// way to renegotiate with `iceRestart`; neither package ships it. This subclass keeps the peer
// alive on `failed` (a TURN server restarting, a laptop changing Wi-Fi) and lets the offering
// side renegotiate fresh ICE credentials through the same signaling path.
import SimplePeer from '@thaunknown/simple-peer';

export class RestartablePeer extends SimplePeer {
  /** The underlying connection, for getStats() and state checks. */
  get connection(): RTCPeerConnection {
    return this._pc;
  }

  /** Offers again with new ICE credentials (offering side only). A previous renegotiation
   * stuck waiting for an answer that never came (the hub link was down) is rolled back. */
  async restartIce(): Promise<void> {
    if (this.destroyed || !this.initiator) return;
    const pc = this._pc;
    if (pc.signalingState === 'have-local-offer') {
      await pc.setLocalDescription({ type: 'rollback' });
    }
    this._isNegotiating = false;
    this._queuedNegotiation = false;
    this.offerOptions = { ...this.offerOptions, iceRestart: true };
    this.negotiate();
  }

  // The library waits a timer tick before each offer (a workaround for a Chrome crash fixed
  // years ago); on a page that just got `call.connected` that tick comes after React renders
  // the call screen, tens of milliseconds the doctor waits. Offer at once instead.
  override negotiate(): void {
    if (!this.initiator || this._isNegotiating || this.destroyed || this._destroying) {
      super.negotiate();
      return;
    }
    this._isNegotiating = true;
    this._createOffer();
  }

  // Same as the library's, except that `failed` is reported instead of fatal.
  protected override _onIceStateChange(): void {
    if (this.destroyed) return;
    const ice = this._pc.iceConnectionState;
    this.emit('iceStateChange', ice, this._pc.iceGatheringState);
    if (ice === 'connected' || ice === 'completed') {
      this._pcReady = true;
      this._maybeReady();
    }
    if (ice === 'closed') this.__destroy(new Error('ICE connection closed.'));
  }

  protected override _onConnectionStateChange(): void {
    // The library destroys on connectionState `failed`; the ICE restart handles it instead.
  }
}
