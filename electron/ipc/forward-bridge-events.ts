// Bridge events from the local service go to every window the app created whose role may
// receive them (the family window never gets the doctor's timeline), each on its event's
// own channel.
import type { BridgeEventListener } from '../../server/local/local-service';
import { ipcChannel, mayReceive, type BridgeRole } from '../../shared/bridge/contract';

export interface EventRecipient {
  isDestroyed(): boolean;
  webContents: { send(channel: string, payload: unknown): void };
}

export function forwardBridgeEvents(
  onEvent: (listener: BridgeEventListener) => () => void,
  windows: () => Iterable<{ role: BridgeRole; window: EventRecipient }>,
): () => void {
  return onEvent((event, payload) => {
    for (const { role, window } of windows()) {
      if (window.isDestroyed() || !mayReceive(role, event)) continue;
      window.webContents.send(ipcChannel.event(event), payload);
    }
  });
}
