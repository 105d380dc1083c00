// Dispatch by language: a clinic's request rings every available interpreter who speaks the
// language at once (its priority interpreters first, when it has some); the first accept
// wins and everyone else stops ringing; nobody in time means "no interpreter available" with
// the phone service. Then it relays signaling between the two parties only. Node runs one
// message at a time, so "two accepts at the same instant" is simply: the first one handled
// wins, the second gets CALL_TAKEN.
import { randomUUID } from 'node:crypto';
import type { ConsultationTypeId } from '../../../shared/domain/consultation-types';
import type { LanguageCode } from '../../../shared/domain/languages';
import type {
  CallEndReason,
  SignalPayload,
  WithdrawReason,
} from '../../../shared/hub/call-messages';
import type { HubErrorCode } from '../../../shared/hub/errors';
import { encodeServerMessage, type ServerMessageBody } from '../../../shared/hub/protocol';
import { announceConnected, ringingMessage } from './announcements';
import type { CallRecords } from './call-records';
import { EndedCalls } from './ended-calls';
import { ringCandidates } from './ring-candidates';
import type { Call, DispatchDependencies } from './call-state';
import type { ClinicPeer, InterpreterPeer, Peer } from './peers';

export type DispatchOutcome = { ok: true } | { ok: false; code: HubErrorCode; message: string };

const OK: DispatchOutcome = { ok: true };
const unknownCall = (): DispatchOutcome => ({
  ok: false,
  code: 'UNKNOWN_CALL',
  message: 'No such call for this connection.',
});
/** A clinic room needs one interpreter at a time; a few allow a retry while one winds down,
 * and the cap stops a hostile device from piling up timers. */
const MAX_CALLS_PER_CLINIC = 3;

export class Dispatcher {
  private readonly calls = new Map<string, Call>();
  private readonly ended = new EndedCalls();

  constructor(
    private readonly deps: DispatchDependencies,
    private readonly records: CallRecords,
  ) {}

  /** Calls still ringing or connected (for tests and the bench). */
  get activeCalls(): number {
    return this.calls.size;
  }

  request(clinic: ClinicPeer, language: LanguageCode, type: ConsultationTypeId): DispatchOutcome {
    const { settings } = this.deps;
    let open = 0;
    for (const c of this.calls.values()) if (c.clinic.device.id === clinic.device.id) open += 1;
    if (open >= MAX_CALLS_PER_CLINIC) {
      return { ok: false, code: 'NOT_ALLOWED', message: 'Too many calls open for this room.' };
    }
    const call: Call = {
      id: randomUUID(),
      clinic,
      language,
      consultationType: type,
      requestedAt: this.deps.now(),
      state: 'searching',
      ringing: new Set(),
      declined: new Set(),
      priorityPhase: clinic.device.priority.length > 0 && settings.priorityRingMs > 0,
      interpreter: null,
      timers: [],
      detached: new Map(),
    };
    this.calls.set(call.id, call);
    this.records.requested({
      id: call.id,
      deviceId: clinic.device.id,
      language,
      consultationType: type,
      requestedAt: call.requestedAt,
    });
    clinic.send({
      type: 'call.searching',
      callId: call.id,
      language,
      timeoutMs: settings.ringTimeoutMs,
    });
    const timeout = setTimeout(() => {
      this.timeOut(call);
    }, settings.ringTimeoutMs);
    call.timers.push(timeout);
    if (call.priorityPhase) {
      const widen = setTimeout(() => {
        this.widen(call);
      }, settings.priorityRingMs);
      call.timers.push(widen);
    }
    this.ring(call);
    return OK;
  }

  cancel(clinic: ClinicPeer, callId: string): DispatchOutcome {
    const call = this.calls.get(callId);
    if (call?.clinic !== clinic) return this.missing(callId);
    if (call.state === 'connected') return this.hangup(clinic, callId);
    this.withdrawAll(call, 'cancelled');
    this.finish(call, 'cancelled');
    return OK;
  }

  accept(peer: InterpreterPeer, callId: string): DispatchOutcome {
    const call = this.calls.get(callId);
    const accountId = peer.account.id;
    if (call?.state === 'connected' && call.interpreter?.account.id !== accountId) {
      return { ok: false, code: 'CALL_TAKEN', message: 'Another interpreter took this call.' };
    }
    if (call?.state === 'connected') {
      return { ok: false, code: 'CALL_TAKEN', message: 'You took this call on another page.' };
    }
    if (!call?.ringing.has(accountId)) return this.missing(callId);
    const at = this.deps.now();
    call.state = 'connected';
    call.interpreter = peer;
    call.ringing.delete(accountId);
    for (const timer of call.timers) clearTimeout(timer);
    call.timers = [];
    // The two parties first: their WebRTC set-up starts on this message, while the other
    // pages' notices and the record (a synchronous SQLite write) can wait a moment.
    announceConnected(call, peer, this.deps);
    const taken = encodeServerMessage({ type: 'call.taken', callId });
    for (const other of call.ringing) this.toPages(other, taken);
    call.ringing.clear();
    for (const page of this.deps.pagesOf(accountId)) {
      if (page !== peer) page.send({ type: 'call.taken', callId });
    }
    this.records.answered(callId, accountId, at);
    this.deps.setStatus(accountId, 'busy'); // after call.connected: the page reads them in order
    return OK;
  }

  decline(peer: InterpreterPeer, callId: string): DispatchOutcome {
    const call = this.calls.get(callId);
    const accountId = peer.account.id;
    if (!call?.ringing.has(accountId)) return this.missing(callId);
    call.ringing.delete(accountId);
    call.declined.add(accountId);
    for (const page of this.deps.pagesOf(accountId)) {
      if (page !== peer) page.send({ type: 'call.withdrawn', callId, reason: 'declined' });
    }
    if (call.priorityPhase && call.ringing.size === 0) this.widen(call);
    return OK;
  }

  hangup(peer: Peer, callId: string): DispatchOutcome {
    const call = this.partyCall(peer, callId);
    if (!call) return this.missing(callId);
    this.endConnected(call, 'hangup');
    return OK;
  }

  /** Relays signaling to the other party of a connected call, and to nobody else. */
  signal(peer: Peer, callId: string, signal: SignalPayload): DispatchOutcome {
    const call = this.partyCall(peer, callId);
    if (!call) return this.missing(callId);
    const other = peer === call.clinic ? call.interpreter : call.clinic;
    other?.send({ type: 'call.signal', callId, signal });
    return OK;
  }

  /** An interpreter became available: ring the searching calls they match. */
  interpreterAvailable(accountId: string): void {
    for (const call of this.calls.values()) {
      if (call.state === 'searching') this.ring(call, accountId);
    }
  }

  /** An interpreter went offline or busy: they stop ringing everywhere (or, when they only
   * narrowed their languages, for the calls in languages they no longer take). */
  interpreterUnavailable(accountId: string, stillTaken?: readonly LanguageCode[]): void {
    for (const call of this.calls.values()) {
      if (stillTaken?.includes(call.language) || !call.ringing.delete(accountId)) continue;
      this.toPages(accountId, { type: 'call.withdrawn', callId: call.id, reason: 'offline' });
      if (call.priorityPhase && call.ringing.size === 0) this.widen(call);
    }
  }

  /** A page opened (e.g. after a reconnection): it rings for what its interpreter rings for,
   * and takes back a connected call whose interpreter page dropped. */
  pageOpened(peer: InterpreterPeer): void {
    for (const call of this.calls.values()) {
      if (call.ringing.has(peer.account.id)) peer.send(ringingMessage(call));
      if (call.detached.has('interpreter') && call.interpreter?.account.id === peer.account.id) {
        call.interpreter = peer;
        this.reattach(call, 'interpreter', peer);
      }
    }
  }

  /** A clinic device (re)connected: it takes back its connected calls whose socket dropped. */
  clinicOpened(peer: ClinicPeer): void {
    for (const call of this.calls.values()) {
      if (call.detached.has('clinic') && call.clinic.device.id === peer.device.id) {
        call.clinic = peer;
        this.reattach(call, 'clinic', peer);
      }
    }
  }

  /** A socket closed: its searching requests are cancelled; its connected calls wait for it
   * to come back (reconnectGraceMs), then end. */
  peerClosed(peer: Peer): void {
    const grace = this.deps.settings.reconnectGraceMs;
    for (const call of [...this.calls.values()]) {
      if (call.state === 'searching' && call.clinic === peer) {
        this.withdrawAll(call, 'cancelled');
        this.finish(call, 'disconnected');
      } else if (call.state === 'connected' && this.isParty(call, peer)) {
        const party = peer === call.clinic ? 'clinic' : 'interpreter';
        // Both signaling links gone, or no grace: nobody is left to resume it.
        if (grace <= 0 || call.detached.size > 0) {
          this.endConnected(call, 'disconnected');
          continue;
        }
        const timer = setTimeout(() => {
          if (this.calls.get(call.id) === call) this.endConnected(call, 'disconnected');
        }, grace);
        call.detached.set(party, timer);
      }
    }
  }

  close(): void {
    for (const call of this.calls.values()) {
      for (const t of call.timers) clearTimeout(t);
      for (const t of call.detached.values()) clearTimeout(t);
    }
    this.calls.clear();
  }

  private reattach(call: Call, party: 'clinic' | 'interpreter', peer: Peer): void {
    clearTimeout(call.detached.get(party));
    call.detached.delete(party);
    // The media never stopped; the page only needs to know its signaling is back (it may
    // restart ICE through it if its network changed meanwhile).
    peer.send({ type: 'call.resumed', callId: call.id, role: party });
  }

  private ring(call: Call, only?: string): void {
    const plan = ringCandidates(call, this.deps.available(call.language), only);
    if (plan.widen) {
      this.widen(call);
      return;
    }
    const message = encodeServerMessage(ringingMessage(call));
    for (const id of plan.ids) {
      call.ringing.add(id);
      this.toPages(id, message);
    }
  }

  private widen(call: Call): void {
    if (!call.priorityPhase || call.state !== 'searching') return;
    call.priorityPhase = false;
    this.ring(call);
  }

  private timeOut(call: Call): void {
    if (call.state !== 'searching' || !this.calls.has(call.id)) return;
    this.withdrawAll(call, 'timeout');
    call.clinic.send({
      type: 'call.unavailable',
      callId: call.id,
      fallback: this.deps.settings.fallback,
    });
    this.finish(call, 'unanswered', false);
  }

  private endConnected(call: Call, reason: CallEndReason): void {
    const interpreter = call.interpreter;
    this.finish(call, reason);
    interpreter?.send({ type: 'call.ended', callId: call.id, reason });
    if (interpreter && this.deps.statusOf(interpreter.account.id) === 'busy') {
      this.deps.setStatus(interpreter.account.id, 'online');
    }
  }

  /** Forgets the call, records its end and tells the clinic (unless told otherwise). */
  private finish(call: Call, reason: CallEndReason, tellClinic = true): void {
    for (const timer of call.timers) clearTimeout(timer);
    for (const timer of call.detached.values()) clearTimeout(timer);
    this.calls.delete(call.id);
    this.ended.add(call.id);
    this.records.ended(call.id, this.deps.now(), reason);
    if (tellClinic) call.clinic.send({ type: 'call.ended', callId: call.id, reason });
  }

  private withdrawAll(call: Call, reason: WithdrawReason): void {
    const text = encodeServerMessage({ type: 'call.withdrawn', callId: call.id, reason });
    for (const id of call.ringing) this.toPages(id, text);
    call.ringing.clear();
  }

  /** The connected call `callId` when `peer` is one of its two parties, else undefined. */
  private partyCall(peer: Peer, callId: string): Call | undefined {
    const call = this.calls.get(callId);
    return call?.state === 'connected' && this.isParty(call, peer) ? call : undefined;
  }

  private isParty(call: Call, peer: Peer): boolean {
    return peer === call.clinic || peer === call.interpreter;
  }

  private missing(callId: string): DispatchOutcome {
    if (this.ended.has(callId)) {
      return { ok: false, code: 'CALL_ENDED', message: 'This call is over.' };
    }
    return unknownCall();
  }

  private toPages(accountId: string, body: ServerMessageBody | string): void {
    const text = typeof body === 'string' ? body : encodeServerMessage(body);
    for (const page of this.deps.pagesOf(accountId)) page.sendEncoded(text);
  }
}
