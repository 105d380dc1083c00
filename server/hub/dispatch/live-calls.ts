// The calls the hub holds right now (searching or connected), and the one way a call leaves
// them: its timers stopped, forgotten, remembered as ended (so a late accept or a replayed
// signal gets CALL_ENDED rather than UNKNOWN_CALL), its end recorded, its clinic told. The
// requests, the ringing and the resume of dropped sockets all end calls through here, so
// none of them can skip a step.
import type { CallEndReason } from '../../../shared/hub/call-messages';
import type { CallRecords } from './call-records';
import type { Call, DispatchDependencies } from './call-state';
import { EndedCalls } from './ended-calls';
import { refused, type DispatchOutcome } from './outcomes';
import type { Peer } from './peers';

export function isParty(call: Call, peer: Peer): boolean {
  return peer === call.clinic || peer === call.interpreter;
}

export class LiveCalls {
  private readonly calls = new Map<string, Call>();
  private readonly ended = new EndedCalls();

  constructor(
    private readonly deps: DispatchDependencies,
    private readonly records: CallRecords,
  ) {}

  get size(): number {
    return this.calls.size;
  }

  get(callId: string): Call | undefined {
    return this.calls.get(callId);
  }

  /** True while `call` is still held: a timer set for it may fire after it ended. */
  holds(call: Call): boolean {
    return this.calls.get(call.id) === call;
  }

  add(call: Call): void {
    this.calls.set(call.id, call);
  }

  values(): Iterable<Call> {
    return this.calls.values();
  }

  /** Calls a clinic device has open, searching or connected. */
  openFor(deviceId: string): number {
    let open = 0;
    for (const c of this.calls.values()) if (c.clinic.device.id === deviceId) open += 1;
    return open;
  }

  /** The connected call `callId` when `peer` is one of its two parties, else undefined. */
  partyCall(peer: Peer, callId: string): Call | undefined {
    const call = this.calls.get(callId);
    return call?.state === 'connected' && isParty(call, peer) ? call : undefined;
  }

  /** The refusal for a call this connection cannot act on: over, or never its own. */
  missing(callId: string): DispatchOutcome {
    if (this.ended.has(callId)) return refused('CALL_ENDED', 'This call is over.');
    return refused('UNKNOWN_CALL', 'No such call for this connection.');
  }

  /** Forgets the call, records its end and tells the clinic (unless told otherwise). */
  finish(call: Call, reason: CallEndReason, tellClinic = true): void {
    for (const timer of call.timers) clearTimeout(timer);
    for (const timer of call.detached.values()) clearTimeout(timer);
    this.calls.delete(call.id);
    this.ended.add(call.id);
    this.records.ended(call.id, this.deps.now(), reason);
    if (tellClinic) call.clinic.send({ type: 'call.ended', callId: call.id, reason });
  }

  /** Ends a connected call for both parties; its interpreter, busy with it, is online again. */
  endConnected(call: Call, reason: CallEndReason): void {
    const interpreter = call.interpreter;
    this.finish(call, reason);
    interpreter?.send({ type: 'call.ended', callId: call.id, reason });
    if (interpreter && this.deps.statusOf(interpreter.account.id) === 'busy') {
      this.deps.setStatus(interpreter.account.id, 'online');
    }
  }

  /** The hub is closing: every timer stops and every call is dropped, unrecorded. */
  close(): void {
    for (const call of this.calls.values()) {
      for (const t of call.timers) clearTimeout(t);
      for (const t of call.detached.values()) clearTimeout(t);
    }
    this.calls.clear();
  }
}
