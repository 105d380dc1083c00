// Bridge events from the local service go to every window the app created, each on its
// event's own channel.
import type { BridgeEventListener } from '../../server/local/local-service';
import { ipcChannel } from '../../shared/bridge/contract';

export interface EventRecipient {
  isDestroyed(): boolean;
  webContents: { send(channel: string, payload: unknown): void };
}

export function forwardBridgeEvents(
  onEvent: (listener: BridgeEventListener) => () => void,
  windows: () => Iterable<EventRecipient>,
): () => void {
  return onEvent((event, payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed()) window.webContents.send(ipcChannel.event(event), payload);
    }
  });
}
