// The page's WebSocket to the hub: authenticates with the session token (offered as a
// subprotocol), reports its link state, re-sends the chosen presence after a reconnection,
// and notices a silently dead link with its own ping, since browsers hide ws pings.
import {
  HUB_SOCKET_PATH,
  HUB_SUBPROTOCOL,
  HUB_TOKEN_SUBPROTOCOL_PREFIX,
  decodeServerMessage,
  encodeClientMessage,
  hubCloseCodes,
  type ClientMessageBody,
  type InterpreterProfile,
  type PresenceStatus,
  type ServerMessage,
} from '../../shared/hub/protocol';
import type { LanguageCode } from '../../shared/domain/languages';
import type { SignalPayload } from '../../shared/hub/call-messages';
import type { HubErrorCode } from '../../shared/hub/errors';
import type { SessionCheck } from './hub-api';

export type LinkState = 'connecting' | 'open' | 'reconnecting' | 'ended';

export interface HubSocketListener {
  state(state: LinkState): void;
  /** `languages`: the session's chosen languages (all the account's if none were chosen). */
  welcome(profile: InterpreterProfile, status: PresenceStatus, languages: LanguageCode[]): void;
  presence(status: PresenceStatus): void;
  /** The hub confirmed the languages it now rings this interpreter for. */
  languages(languages: LanguageCode[]): void;
  error(code: HubErrorCode): void;
  /** Anything about calls: ringing, taken, withdrawn, connected, ended, signaling. */
  call(message: Extract<ServerMessage, { type: `call.${string}` }>): void;
}

const PING_EVERY_MS = 20_000;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 10_000;

export class HubSocket {
  private socket: WebSocket | null = null;
  private retryMs = FIRST_RETRY_MS;
  private desired: PresenceStatus | null = null;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private answeredPing = true;
  private disposed = false;

  constructor(
    private readonly origin: string,
    private readonly token: string,
    private readonly listener: HubSocketListener,
    private readonly checkSession: (token: string) => Promise<SessionCheck>,
  ) {
    this.connect('connecting');
  }

  /** Remembers the choice, so a reconnection restores it, and sends it when possible. */
  setPresence(status: PresenceStatus): void {
    this.desired = status;
    this.send({ type: 'presence.set', status });
  }

  /** The hub keeps the choice with the session: a reconnection gets it back in `welcome`. */
  setLanguages(languages: LanguageCode[]): void {
    this.send({ type: 'languages.set', languages });
  }

  accept(callId: string): void {
    this.send({ type: 'call.accept', callId });
  }

  decline(callId: string): void {
    this.send({ type: 'call.decline', callId });
  }

  hangup(callId: string): void {
    this.send({ type: 'call.hangup', callId });
  }

  signal(callId: string, signal: SignalPayload): void {
    this.send({ type: 'call.signal', callId, signal });
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    this.drop();
  }

  private send(body: ClientMessageBody): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(encodeClientMessage(body));
  }

  private connect(state: 'connecting' | 'reconnecting'): void {
    this.listener.state(state);
    const url = `${this.origin.replace(/^http/, 'ws')}${HUB_SOCKET_PATH}`;
    const socket = new WebSocket(url, [
      HUB_SUBPROTOCOL,
      `${HUB_TOKEN_SUBPROTOCOL_PREFIX}${this.token}`,
    ]);
    this.socket = socket;
    let opened = false;
    socket.addEventListener('open', () => {
      opened = true;
      this.retryMs = FIRST_RETRY_MS;
      this.startPinging();
    });
    socket.addEventListener('message', (event) => {
      this.answeredPing = true;
      if (typeof event.data === 'string') this.receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket || this.disposed) return;
      this.drop();
      // Session over, or the account disabled: retrying cannot help.
      if (
        event.code === hubCloseCodes.sessionEnded ||
        event.code === hubCloseCodes.accountDisabled
      ) {
        this.end();
        return;
      }
      this.listener.state('reconnecting');
      // Refused before opening: maybe the token expired or the hub restarted (tokens live
      // in its memory). Ask the API, which can say so, unlike a refused WebSocket.
      if (!opened) {
        void this.checkSession(this.token).then((check) => {
          if (check === 'invalid') this.end();
          else this.retryLater();
        });
      } else {
        this.retryLater();
      }
    });
  }

  private receive(text: string): void {
    const message = decodeServerMessage(text);
    if (!message.ok) return; // a newer hub's extra message: nothing this page can do with it
    const value = message.value;
    switch (value.type) {
      case 'welcome':
        this.listener.welcome(
          value.interpreter,
          value.status,
          value.languages ?? value.interpreter.languages,
        );
        this.listener.state('open');
        if (this.desired !== null && this.desired !== value.status) {
          this.send({ type: 'presence.set', status: this.desired });
        }
        return;
      case 'presence':
        // The hub sets "busy" during a call and "online" after it: what it confirmed last is
        // what a reconnection restores, so a blip mid-call does not ask for calls again.
        this.desired = value.status;
        this.listener.presence(value.status);
        return;
      case 'languages':
        this.listener.languages(value.languages);
        return;
      case 'error':
        this.listener.error(value.code);
        return;
      case 'pong':
      case 'welcome.clinic':
        return;
      default:
        this.listener.call(value);
    }
  }

  private startPinging(): void {
    this.answeredPing = true;
    this.pingTimer = setInterval(() => {
      if (!this.answeredPing) {
        // No answer for a whole interval: the link is dead even if the browser has not
        // noticed. Drop it and try again rather than show "connected" for minutes.
        this.drop();
        this.listener.state('reconnecting');
        this.retryLater();
        return;
      }
      this.answeredPing = false;
      this.send({ type: 'ping' });
    }, PING_EVERY_MS);
  }

  private retryLater(): void {
    if (this.disposed) return;
    // Jitter so that every page does not hit a restarted hub in the same instant.
    const delay = this.retryMs * (0.75 + Math.random() / 2);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.connect('reconnecting');
    }, delay);
  }

  private drop(): void {
    clearInterval(this.pingTimer);
    const socket = this.socket;
    this.socket = null;
    if (socket && socket.readyState !== WebSocket.CLOSED) socket.close();
  }

  private end(): void {
    this.disposed = true;
    this.listener.state('ended');
  }
}
