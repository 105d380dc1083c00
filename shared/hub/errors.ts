// Errors the hub answers with, over HTTP and over the WebSocket, as values with a stable
// code (same style as shared/bridge/result.ts): a page switches on `code`, a human reads
// `message`. The hub has its own list because its callers are remote and untrusted.
import { z } from 'zod';

export const hubErrorCodes = [
  'BAD_MESSAGE', // not JSON, or failed its zod schema
  'UNSUPPORTED_VERSION', // a protocol version (`v`) this hub does not speak
  'UNAUTHORIZED', // missing, wrong or expired credentials or session token
  'FORBIDDEN_ORIGIN', // the page's Origin is not on the hub's allowlist
  'PAYLOAD_TOO_LARGE', // body or message above the size limit
  'RATE_LIMITED', // too many messages or sign-in attempts; retry later
  'NOT_FOUND', // no such page, file or route
  'METHOD_NOT_ALLOWED', // e.g. GET on a POST-only route
  'NOT_ALLOWED', // e.g. an interpreter asking for a call, a clinic accepting one
  'UNKNOWN_CALL', // no such call, or not one this socket is a party to (or rings for)
  'CALL_TAKEN', // accepted too late: another interpreter (or page) got it first
  'CALL_ENDED', // the call is over (cancelled, timed out or hung up)
  'LANGUAGE_NOT_ON_ACCOUNT', // an interpreter chose a language their account does not list
  'INTERNAL', // a bug; details stay in the hub's own log
  'UNAVAILABLE', // page side: the hub could not be reached at all
] as const;

export const HubErrorCode = z.enum(hubErrorCodes);
export type HubErrorCode = z.infer<typeof HubErrorCode>;

export const HubError = z.object({ code: HubErrorCode, message: z.string().max(500) });
export type HubError = z.infer<typeof HubError>;

/** The JSON body of every failed HTTP answer. */
export const HubErrorBody = z.object({ error: HubError });
export type HubErrorBody = z.infer<typeof HubErrorBody>;

export type HubResult<T> = { ok: true; value: T } | { ok: false; error: HubError };

export function hubOk<T>(value: T): HubResult<T> {
  return { ok: true, value };
}

export function hubFail<T = never>(code: HubErrorCode, message: string): HubResult<T> {
  return { ok: false, error: { code, message } };
}
