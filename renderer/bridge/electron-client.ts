// The Electron side of the bridge: the preload exposes one named function per method on
// `window.interpretable`; this adapts it to the same BridgeClient the web shell uses.
import type {
  BridgeClient,
  BridgeEvent,
  BridgeMethod,
  EventPayload,
  MethodOutput,
} from '../../shared/bridge/contract';
import type { Result } from '../../shared/bridge/result';

export interface PreloadApi {
  methods: Record<BridgeMethod, (input: unknown) => Promise<Result<unknown>>>;
  on(event: BridgeEvent, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    interpretable?: PreloadApi;
  }
}

export class ElectronBridgeClient implements BridgeClient {
  constructor(private readonly api: PreloadApi) {}

  async call<M extends BridgeMethod>(method: M, input: unknown): Promise<Result<MethodOutput<M>>> {
    return (await this.api.methods[method](input)) as Result<MethodOutput<M>>;
  }

  on<E extends BridgeEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.api.on(event, (payload) => {
      listener(payload as EventPayload<E>);
    });
  }
}
