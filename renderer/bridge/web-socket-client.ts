// The web shell's side of the bridge: one WebSocket to the local service, requests paired
// with answers by id, events fanned out to listeners, automatic reconnection with backoff.
import {
  bridgeEvents,
  bridgeMethods,
  isBridgeEvent,
  type BridgeClient,
  type BridgeEvent,
  type BridgeMethod,
  type EventPayload,
  type MethodOutput,
} from '../../shared/bridge/contract';
import { fail, type Result } from '../../shared/bridge/result';
import { ServerFrame } from '../../shared/bridge/wire';
import { BRIDGE_PATH, BRIDGE_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../shared/bridge/endpoint';
const CALL_TIMEOUT_MS = 15_000;

type Pending = (result: Result<unknown>) => void;
type Listener = (payload: unknown) => void;
export type ConnectionState = 'connecting' | 'open' | 'closed';

export class WebSocketBridgeClient implements BridgeClient {
  private socket: WebSocket | null = null;
  private nextId = 1;
  private retryMs = 250;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<BridgeEvent, Set<Listener>>();
  private readonly stateListeners = new Set<(state: ConnectionState) => void>();
  private currentState: ConnectionState = 'connecting';

  constructor(
    private readonly origin: string,
    private readonly token: string,
  ) {
    this.connect();
  }

  get state(): ConnectionState {
    return this.currentState;
  }

  /** Calls `listener` with the current state at once, then on every change. */
  onState(listener: (state: ConnectionState) => void): () => void {
    this.stateListeners.add(listener);
    listener(this.currentState);
    return () => this.stateListeners.delete(listener);
  }

  async call<M extends BridgeMethod>(method: M, input: unknown): Promise<Result<MethodOutput<M>>> {
    await this.opened();
    const socket = this.socket;
    if (socket?.readyState !== WebSocket.OPEN) {
      return fail('UNAVAILABLE', 'The local service is not reachable.');
    }
    const id = this.nextId++;
    const raw = await new Promise<Result<unknown>>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve(fail('UNAVAILABLE', 'The local service did not answer in time.'));
      }, CALL_TIMEOUT_MS);
      this.pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      socket.send(JSON.stringify({ id, method, input }));
    });
    // The frame's envelope (ok / error) was checked on arrival; only the value is left, with
    // the method's own schema, built once at load (building a zod schema per call cost more
    // than the rest of the answer's handling).
    if (!raw.ok) return raw;
    const checked = bridgeMethods[method].output.safeParse(raw.value);
    if (!checked.success) return fail('INTERNAL', `Unexpected answer to ${method}.`);
    return { ok: true, value: checked.data as MethodOutput<M> };
  }

  on<E extends BridgeEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    this.listeners.set(event, set);
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  private opened(): Promise<void> {
    if (this.socket?.readyState !== WebSocket.CONNECTING) return Promise.resolve();
    const socket = this.socket;
    return new Promise((resolve) => {
      socket.addEventListener(
        'open',
        () => {
          resolve();
        },
        { once: true },
      );
      socket.addEventListener(
        'close',
        () => {
          resolve();
        },
        { once: true },
      );
    });
  }

  private setState(state: ConnectionState): void {
    this.currentState = state;
    for (const listener of this.stateListeners) listener(state);
  }

  private connect(): void {
    const url = `${this.origin.replace(/^http/, 'ws')}${BRIDGE_PATH}`;
    const socket = new WebSocket(url, [BRIDGE_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${this.token}`]);
    this.socket = socket;
    this.setState('connecting');
    socket.addEventListener('open', () => {
      this.retryMs = 250;
      this.setState('open');
    });
    socket.addEventListener('message', (message) => {
      this.receive(message.data);
    });
    socket.addEventListener('close', () => {
      for (const settle of this.pending.values()) {
        settle(fail('UNAVAILABLE', 'Connection to the local service lost.'));
      }
      this.pending.clear();
      this.setState('closed');
      setTimeout(() => {
        this.connect();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5_000);
    });
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    const frame = ServerFrame.safeParse(JSON.parse(data));
    if (!frame.success) return;
    if ('event' in frame.data) {
      const { event, payload } = frame.data;
      if (!isBridgeEvent(event)) return;
      // An event this page does not listen to is not worth validating.
      const listeners = this.listeners.get(event);
      if (!listeners || listeners.size === 0) return;
      const parsed = bridgeEvents[event].safeParse(payload);
      if (!parsed.success) return;
      for (const listener of listeners) listener(parsed.data);
      return;
    }
    const { id, result } = frame.data;
    if (id === null) return;
    this.pending.get(id)?.(result);
    this.pending.delete(id);
  }
}
