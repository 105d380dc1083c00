// Errors cross every wire as values with a stable code, never as thrown exceptions:
// a renderer can switch on `code`, and a human reads `message`.
import { z } from 'zod';

export const errorCodes = [
  'BAD_REQUEST', // input failed its zod schema, or the frame was not valid JSON
  'UNKNOWN_METHOD', // no such bridge method
  'UNAUTHORIZED', // missing or wrong per-launch token
  'FORBIDDEN_ORIGIN', // the page's Origin is not on the allowlist
  'FORBIDDEN_SENDER', // an IPC message from a frame the app did not create
  'FORBIDDEN_ROLE', // e.g. the family's kiosk page asking for a doctor's method
  'PAYLOAD_TOO_LARGE', // frame above the transport's size limit
  'NOT_FOUND', // e.g. no such session
  'CONFLICT', // e.g. a session already running, or already ended
  'UNAVAILABLE', // the transport is not connected
  'INTERNAL', // a bug or a storage failure; details go to the local log only
  'KEY_MISSING', // a session log exists but its encryption key is gone
  'KEY_REJECTED', // the key does not open the session log (wrong key, or not our file)
  'KEY_UNAVAILABLE', // the OS cannot seal the key (Electron safeStorage unavailable)
  'DATABASE_CORRUPT', // integrity check failed: restore from a verified backup
  'NO_BACKUP', // a restore was asked for but no verified backup exists
  'STORAGE_FULL', // the disk is full: the last change was not saved
  'STORAGE_READ_ONLY', // the data folder cannot be written
  'STALE_STEP', // an answer for a step the family screen has already left (double tap)
  'PIN_WRONG', // the kiosk PIN does not match
  'PIN_LOCKED', // too many wrong PINs: wait before trying again
  'PIN_NOT_SET', // the doctor has not chosen a kiosk PIN yet (settings)
  'NO_FAMILY_SCREEN', // the family window the interpreter's video was meant for is not open
  'CONTENT_DAMAGED', // a content bundle file is not the one the build validated (decision 0072)
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const BridgeError = z.object({ code: ErrorCode, message: z.string() });
export type BridgeError = z.infer<typeof BridgeError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Schema of a Result carrying `value`, used to validate answers that crossed a wire. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: BridgeError }),
  ]);
}

/** A typed error that a service throws; transports turn it into a `fail` value. */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

/** A one-line human summary of a zod failure: which field, what was wrong. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}
