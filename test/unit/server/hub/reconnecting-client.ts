// A client that behaves like the interpreter page and the clinic app after a lost link:
// reconnects with exponential backoff and re-sends the presence it chose. Each connection is
// a TestSocket, so a test awaits messages on whichever socket is current.
import { HUB_SUBPROTOCOL } from '../../../../shared/hub/protocol';
import { TestSocket } from './hub-test-kit';

export class ReconnectingClient {
  current: TestSocket;
  attempts = 0;
  private stopped = false;
  private readonly opened: ((socket: TestSocket) => void)[] = [];

  constructor(
    private readonly origin: string,
    private readonly protocols: string[],
    private readonly presence: 'online' | null,
    private readonly backoff = { firstMs: 20, maxMs: 500 },
  ) {
    this.current = this.open(backoff.firstMs);
  }

  /** Resolves with the next socket that opens after this call. */
  nextOpen(): Promise<TestSocket> {
    return new Promise((resolve) => this.opened.push(resolve));
  }

  stop(): void {
    this.stopped = true;
    this.current.ws.terminate();
  }

  private open(delayMs: number): TestSocket {
    this.attempts += 1;
    const socket = new TestSocket(this.origin, { protocols: [HUB_SUBPROTOCOL, ...this.protocols] });
    socket.ws.once('open', () => {
      if (this.presence) socket.send({ v: 1, type: 'presence.set', status: this.presence });
      for (const resolve of this.opened.splice(0)) resolve(socket);
    });
    socket.ws.once('close', () => {
      if (this.stopped) return;
      // Whether refused (hub down) or dropped, try again later, waiting longer each time.
      const wait = socket.ws.protocol
        ? this.backoff.firstMs
        : Math.min(delayMs * 2, this.backoff.maxMs);
      setTimeout(() => {
        if (!this.stopped) this.current = this.open(wait);
      }, wait);
    });
    return socket;
  }
}
