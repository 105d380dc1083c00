// Builds the object the preload exposes. It closes over ipcRenderer but never hands it out:
// the page gets one function per contract method and an `on` for contract events only, so
// a compromised page cannot reach any other channel (ARCHITECTURE.md §3).
import {
  bridgeMethodNames,
  ipcChannel,
  isBridgeEvent,
  type BridgeEvent,
  type EventPayload,
} from '../../shared/bridge/contract';
import type { InterpretablePreloadApi, PreloadBridgeMethods } from '../preload-api';

/** The part of ipcRenderer the preload uses. */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildPreloadApi(ipc: PreloadIpc): InterpretablePreloadApi {
  const methods = Object.fromEntries(
    bridgeMethodNames.map((method) => [
      method,
      (input: unknown) => ipc.invoke(ipcChannel.method(method), input),
    ]),
  ) as unknown as PreloadBridgeMethods;

  const on = <E extends BridgeEvent>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ): (() => void) => {
    // The page is not trusted to pass a contract event name or a function.
    if (!isBridgeEvent(event)) throw new TypeError(`Unknown bridge event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
    const channel = ipcChannel.event(event);
    // The IpcRendererEvent stays here: it carries `sender` (ipcRenderer itself).
    const forward = (_ipcEvent: unknown, payload: unknown) => {
      listener(payload as EventPayload<E>);
    };
    ipc.on(channel, forward);
    return () => {
      ipc.removeListener(channel, forward);
    };
  };

  return Object.freeze({ methods: Object.freeze(methods), on });
}
