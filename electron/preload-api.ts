// The type of `window.interpretable`, what the preload exposes to the renderer. The renderer
// keeps its own copy of this shape (it may not import electron/); keep the two in step.
import type {
  BridgeEvent,
  BridgeMethod,
  EventPayload,
  MethodInput,
  MethodOutput,
} from '../shared/bridge/contract';
import type { Result } from '../shared/bridge/result';

/** The global the preload defines: `window.interpretable`. */
export const PRELOAD_API_KEY = 'interpretable';

/** One named function per bridge method; errors come back as `{ ok: false }`, never thrown. */
export type PreloadBridgeMethods = {
  readonly [M in BridgeMethod]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
};

export interface InterpretablePreloadApi {
  readonly methods: PreloadBridgeMethods;
  /** Listens to a bridge event; returns the function that stops listening. */
  on<E extends BridgeEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
