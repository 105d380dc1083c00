// The clinic device's WebSocket to the hub: authenticates with the device token (offered as a
// `device.<token>` subprotocol, see shared/hub/protocol.ts), reconnects with backoff and
// jitter, and notices a silently dead link with its own ping. A drop does not end a
// connected call: the hub keeps it for a grace period and answers `call.resumed`.
import {
  HUB_DEVICE_SUBPROTOCOL_PREFIX,
  HUB_SOCKET_PATH,
  HUB_SUBPROTOCOL,
  decodeServerMessage,
  encodeClientMessage,
  hubCloseCodes,
  type ClientMessageBody,
  type ServerMessage,
} from '../../shared/hub/protocol';

export type HubLinkState = 'connecting' | 'open' | 'reconnecting' | 'refused';

export interface ClinicHubListener {
  state(state: HubLinkState): void;
  message(message: ServerMessage): void;
}

const PING_EVERY_MS = 15_000;
const FIRST_RETRY_MS = 300;
const MAX_RETRY_MS = 8_000;

export class ClinicHubSocket {
  private socket: WebSocket | null = null;
  private retryMs = FIRST_RETRY_MS;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private answered = true;
  private disposed = false;

  constructor(
    private readonly hubUrl: string,
    private readonly deviceToken: string,
    private readonly listener: ClinicHubListener,
  ) {
    this.connect('connecting');
  }

  /** Sends when open; false otherwise (the caller decides whether that matters). */
  send(body: ClientMessageBody): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(encodeClientMessage(body));
    return true;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.socket?.close();
    this.socket = null;
  }

  private connect(state: 'connecting' | 'reconnecting'): void {
    this.listener.state(state);
    const url = new URL(HUB_SOCKET_PATH, this.hubUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url, [
      HUB_SUBPROTOCOL,
      `${HUB_DEVICE_SUBPROTOCOL_PREFIX}${this.deviceToken}`,
    ]);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retryMs = FIRST_RETRY_MS;
      this.answered = true;
      clearInterval(this.pingTimer);
      this.pingTimer = setInterval(() => {
        if (!this.answered) {
          socket.close(); // silent for a whole interval: treat as lost
          return;
        }
        this.answered = false;
        this.send({ type: 'ping' });
      }, PING_EVERY_MS);
    });
    socket.addEventListener('message', (event) => {
      this.answered = true;
      if (typeof event.data !== 'string') return;
      const decoded = decodeServerMessage(event.data);
      if (!decoded.ok) return;
      if (decoded.value.type === 'welcome.clinic') this.listener.state('open');
      if (decoded.value.type !== 'pong') this.listener.message(decoded.value);
    });
    socket.addEventListener('close', (event) => {
      if (this.socket !== socket || this.disposed) return;
      clearInterval(this.pingTimer);
      this.socket = null;
      if (event.code === hubCloseCodes.accountDisabled) {
        this.listener.state('refused'); // token rotated or device disabled: retrying won't help
        return;
      }
      this.listener.state('reconnecting');
      const delay = this.retryMs * (0.75 + Math.random() / 2);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
      this.retryTimer = setTimeout(() => {
        this.connect('reconnecting');
      }, delay);
    });
  }
}
