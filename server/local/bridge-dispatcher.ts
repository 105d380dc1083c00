// Transport-agnostic dispatch: validate the method name and the input against the contract,
// call the service, and turn every outcome (including a thrown error) into a Result value.
import {
  bridgeMethods,
  isBridgeMethod,
  mayCall,
  type BridgeRole,
  type BridgeMethod,
  type MethodInput,
  type MethodOutput,
} from '../../shared/bridge/contract';
import { CodedError, describeZodError, fail, ok, type Result } from '../../shared/bridge/result';
import { storageErrorCode, storageHint } from './store/storage-errors';

export type BridgeHandlers = {
  [M in BridgeMethod]: (input: MethodInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

/** `role` comes from the transport (which token, which window), never from the message. */
export type Dispatch = (
  method: unknown,
  input: unknown,
  role: BridgeRole,
) => Promise<Result<unknown>>;

export function createDispatcher(
  handlers: BridgeHandlers,
  logError: (error: unknown) => void = console.error,
): Dispatch {
  return async (method, input, role) => {
    if (!isBridgeMethod(method)) {
      return fail('UNKNOWN_METHOD', `Unknown bridge method: ${String(method).slice(0, 64)}`);
    }
    if (!mayCall(role, method)) {
      return fail('FORBIDDEN_ROLE', `The ${role} screen may not call ${method}.`);
    }
    const parsed = bridgeMethods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('BAD_REQUEST', `Invalid input for ${method}: ${describeZodError(parsed.error)}`);
    }
    try {
      const handler = handlers[method] as (input: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof CodedError) return fail(error.code, error.message);
      logError(error);
      // A full disk or a read-only folder is something the clinic can fix: say which.
      // The message keeps paths and SQL out of the renderer, like INTERNAL does.
      const storage = storageErrorCode(error);
      if (storage !== null) {
        return fail(storage, `${method} could not be saved. ${storageHint(storage)}`.trim());
      }
      return fail('INTERNAL', `The local service failed while running ${method}.`);
    }
  };
}
