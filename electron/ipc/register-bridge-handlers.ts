// One ipcMain.handle per bridge method, on its own named channel (no multiplexed channel):
// a channel that is not in the contract simply has no handler.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { bridgeMethodNames, ipcChannel } from '../../shared/bridge/contract';
import { handleBridgeCall, type BridgeCallDeps } from './handle-bridge-call';

/** Registers every method; returns a function that removes them again. */
export function registerBridgeHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  deps: BridgeCallDeps,
): () => void {
  const channels = bridgeMethodNames.map((method) => {
    const channel = ipcChannel.method(method);
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      handleBridgeCall(method, event, input, deps),
    );
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
