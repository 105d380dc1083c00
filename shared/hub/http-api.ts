// The hub's small HTTP API used by the interpreter page: sign in for a session token, check
// that a token is still valid (after a lost connection), sign out. Bodies are JSON, checked
// by these schemas on both sides; failures carry a HubErrorBody.
import { z } from 'zod';

export const SIGN_IN_PATH = '/api/sign-in';
export const SESSION_PATH = '/api/session';
export const SIGN_OUT_PATH = '/api/sign-out';
/** Largest request body the hub reads; a sign-in is two short strings. */
export const MAX_HTTP_BODY_BYTES = 4 * 1024;

export const SignInRequest = z.strictObject({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** 32 random bytes, hex: also a valid WebSocket subprotocol token. */
export const SessionToken = z.string().regex(/^[0-9a-f]{64}$/);

export const SignInResponse = z.object({ token: SessionToken, expiresAt: z.iso.datetime() });
export type SignInResponse = z.infer<typeof SignInResponse>;

export const SessionResponse = z.object({ expiresAt: z.iso.datetime() });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** The signed-in interpreter's recent calls and minutes (`Authorization: Bearer <token>`). */
export const HISTORY_PATH = '/api/history';

export const HistoryCall = z.object({
  id: z.string().max(64),
  language: z.string().max(16),
  consultationType: z.string().max(64),
  answeredAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  endReason: z.string().max(32).nullable(),
  /** Whole seconds between answer and end; 0 while the call goes on. */
  durationSeconds: z.number().int().nonnegative(),
});
export type HistoryCall = z.infer<typeof HistoryCall>;

export const HistoryResponse = z.object({
  calls: z.array(HistoryCall).max(100),
  /** Over every answered call of this interpreter, not only the listed ones. */
  totalCalls: z.number().int().nonnegative(),
  totalMinutes: z.number().nonnegative(),
});
export type HistoryResponse = z.infer<typeof HistoryResponse>;
