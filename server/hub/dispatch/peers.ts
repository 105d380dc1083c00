// One open socket as the dispatcher sees it: who is behind it and how to send to it. Keeping
// `ws` out of the dispatcher lets its rules be read (and tested) without a network.
import type { ServerMessageBody } from '../../../shared/hub/protocol';
import type { ClinicDevice, InterpreterAccount } from '../accounts';

interface Sender {
  send(body: ServerMessageBody): void;
  /** Sends a message already encoded: a ring to hundreds of pages is encoded once. */
  sendEncoded(text: string): void;
}

export type Peer =
  | ({ kind: 'interpreter'; account: InterpreterAccount } & Sender)
  | ({ kind: 'clinic'; device: ClinicDevice } & Sender);

export type InterpreterPeer = Extract<Peer, { kind: 'interpreter' }>;
export type ClinicPeer = Extract<Peer, { kind: 'clinic' }>;
