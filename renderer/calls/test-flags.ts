// Switches that only tests (and someone diagnosing a network) set, in localStorage:
//   interpretable.calls.relayOnly = "1"   media through TURN only (iceTransportPolicy relay)
// Read at call set-up; nothing in the UI writes them. Documented in docs/decisions/0070.
const RELAY_ONLY_KEY = 'interpretable.calls.relayOnly';

export function relayOnlyFlag(storage: Pick<Storage, 'getItem'> = localStorage): boolean {
  try {
    return storage.getItem(RELAY_ONLY_KEY) === '1';
  } catch {
    return false; // storage disabled: the normal policy
  }
}
