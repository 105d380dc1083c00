// One bridge call arriving over IPC: check who sent it, bound its size, then hand it to the
// transport-agnostic dispatcher (which validates the method and the input with zod).
import type { Dispatch } from '../../server/local/bridge-dispatcher';
import type { BridgeRole } from '../../shared/bridge/contract';
import { fail, type Result } from '../../shared/bridge/result';
import type { IpcSender } from './sender-check';
import { toWireInput } from './wire-input';

export interface BridgeCallDeps {
  isTrustedSender: (event: IpcSender) => boolean;
  /** The role of the window that sent the call (the family kiosk, or the doctor's window). */
  roleOf: (webContentsId: number) => BridgeRole;
  dispatch: Dispatch;
  logError?: (error: unknown) => void;
}

export async function handleBridgeCall(
  method: unknown,
  event: IpcSender,
  input: unknown,
  deps: BridgeCallDeps,
): Promise<Result<unknown>> {
  if (!deps.isTrustedSender(event)) {
    return fail('FORBIDDEN_SENDER', 'This frame may not use the bridge.');
  }
  const wireInput = toWireInput(input);
  if (!wireInput.ok) return wireInput;
  try {
    return await deps.dispatch(method, wireInput.value, deps.roleOf(event.sender.id));
  } catch (error) {
    // The dispatcher never throws by contract; if it ever does, the page still gets a value.
    (deps.logError ?? console.error)(error);
    return fail('INTERNAL', 'The local service failed.');
  }
}
