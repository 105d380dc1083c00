// Brings an IPC input to what the web shell's WebSocket would deliver: JSON, at most
// MAX_BRIDGE_FRAME_BYTES. Structured clone (what IPC uses) also carries Maps, Dates, BigInts
// and cycles; round-tripping through JSON removes them so both transports feed the
// dispatcher the same plain data, and the size limit means the same on both.
import { MAX_BRIDGE_FRAME_BYTES } from '../../shared/bridge/wire';
import { fail, ok, type Result } from '../../shared/bridge/result';

export function toWireInput(input: unknown, maxBytes = MAX_BRIDGE_FRAME_BYTES): Result<unknown> {
  // "No input" stays undefined: the dispatcher treats it as {}.
  if (input === undefined) return ok(undefined);
  let json: string | undefined;
  try {
    json = jsonOf(input);
  } catch {
    return fail('BAD_REQUEST', 'The input is not JSON (a cycle or a BigInt).');
  }
  if (json === undefined) return fail('BAD_REQUEST', 'The input is not JSON.');
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > maxBytes) {
    return fail('PAYLOAD_TOO_LARGE', `The input is ${bytes} bytes; the limit is ${maxBytes}.`);
  }
  return ok(JSON.parse(json) as unknown);
}

/** JSON.stringify is typed as returning a string, but functions and symbols give undefined. */
function jsonOf(value: unknown): string | undefined {
  return JSON.stringify(value);
}
