// What a dispatcher action answers the message router: done, or the error its sender gets.
// Its own module because requests, ringing and the call table all refuse with it, and the
// router reads it without needing the dispatcher itself.
import type { HubErrorCode } from '../../../shared/hub/errors';

export type DispatchOutcome = { ok: true } | { ok: false; code: HubErrorCode; message: string };

export const OK: DispatchOutcome = { ok: true };

export function refused(code: HubErrorCode, message: string): DispatchOutcome {
  return { ok: false, code, message };
}
