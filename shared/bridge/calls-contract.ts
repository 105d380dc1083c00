// Bridge methods of the interpreter call (owned by the calls work): how the doctor's window
// learns where the hub is and records call events in the session log. Spread into
// `bridgeMethods` in contract.ts so both transports and the role check cover them.
export const callBridgeMethods = {} as const;

/** Bridge events of the call (e.g. its state, so the family screen shows it too). */
export const callBridgeEvents = {} as const;
