// Types for @thaunknown/simple-peer, which ships none: only what renderer/calls uses, including
// the underscore members restartable-peer.ts overrides (it must replace the library's "ICE
// failed: destroy the peer" with an ICE restart).
declare module '@thaunknown/simple-peer' {
  export interface SimplePeerOptions {
    initiator?: boolean;
    streams?: MediaStream[];
    config?: RTCConfiguration;
    trickle?: boolean;
    offerOptions?: RTCOfferOptions;
    channelConfig?: RTCDataChannelInit;
    objectMode?: boolean;
  }

  export type SimplePeerSignal =
    | { type: 'offer' | 'answer'; sdp: string }
    | { type: 'candidate'; candidate: RTCIceCandidateInit }
    | { type: 'renegotiate'; renegotiate: true }
    | { type: 'transceiverRequest'; transceiverRequest: unknown };

  export default class SimplePeer {
    constructor(options?: SimplePeerOptions);
    readonly initiator: boolean;
    readonly destroyed: boolean;
    readonly connected: boolean;
    offerOptions: RTCOfferOptions;
    protected _pc: RTCPeerConnection;
    protected _pcReady: boolean;
    protected _isNegotiating: boolean;
    protected _queuedNegotiation: boolean;
    protected _destroying: boolean;
    protected _createOffer(): void;
    protected _maybeReady(): void;
    protected _onIceStateChange(): void;
    protected _onConnectionStateChange(): void;
    protected __destroy(error?: Error): void;
    signal(data: SimplePeerSignal): void;
    send(data: string): void;
    negotiate(): void;
    destroy(error?: Error): void;
    on(event: 'signal', listener: (data: SimplePeerSignal) => void): this;
    on(event: 'stream', listener: (stream: MediaStream) => void): this;
    on(event: 'data', listener: (data: string | Uint8Array) => void): this;
    on(event: 'connect' | 'close', listener: () => void): this;
    on(event: 'error', listener: (error: Error & { code?: string }) => void): this;
    on(
      event: 'iceStateChange',
      listener: (ice: RTCIceConnectionState, gathering: RTCIceGatheringState) => void,
    ): this;
    emit(event: string, ...args: unknown[]): boolean;
  }
}
