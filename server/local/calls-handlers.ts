// Handlers of the bridge methods in shared/bridge/calls-contract.ts.
export function createCallHandlers() {
  return {} as const;
}
