// The call's state for a window that shows it (the family screen's badge and audio-only
// sign): what the doctor's page last reported, then every change. A window opened or reloaded
// during a call would otherwise show nothing until the call next changed, which for a
// connected call may be never.
import type { CallsChanged } from '../../shared/bridge/calls-contract';
import type { BridgeClient } from '../../shared/bridge/contract';

/** Calls `listener` with the current state (if any), then with each change; returns the
 * unsubscribe. A change heard before the current state arrives is newer and wins. */
export function followCallState(
  bridge: BridgeClient,
  listener: (state: CallsChanged) => void,
): () => void {
  let heard = false;
  let stopped = false;
  const stop = bridge.on('calls.changed', (state) => {
    heard = true;
    listener(state);
  });
  // A failed read leaves the window as it was (no call shown) until the next change: the
  // badge is a courtesy to the family, and the doctor's page shows the call in full.
  void bridge.call('calls.current', {}).then((result) => {
    if (stopped || heard || !result.ok || result.value === null) return;
    listener(result.value);
  });
  return () => {
    stopped = true;
    stop();
  };
}
