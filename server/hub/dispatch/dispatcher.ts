// Dispatch by language: a clinic's request rings every available interpreter who speaks the
// language at once (its priority interpreters first, when it has some); the first accept
// wins and everyone else stops ringing; nobody in time means "no interpreter available" with
// the phone service. Then it relays signaling between the two parties only. Node runs one
// message at a time, so "two accepts at the same instant" is simply: the first one handled
// wins, the second gets CALL_TAKEN.
//
// This class answers the hub's messages; the ringing (ringing.ts), the calls held and how
// they end (live-calls.ts) and the survival of dropped sockets (call-resume.ts) live apart.
import { randomUUID } from 'node:crypto';
import type { ConsultationTypeId } from '../../../shared/domain/consultation-types';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { SignalPayload } from '../../../shared/hub/call-messages';
import { encodeServerMessage } from '../../../shared/hub/protocol';
import { announceConnected } from './announcements';
import type { CallRecords } from './call-records';
import { CallResume } from './call-resume';
import type { Call, DispatchDependencies } from './call-state';
import { LiveCalls } from './live-calls';
import { OK, refused, type DispatchOutcome } from './outcomes';
import type { ClinicPeer, InterpreterPeer, Peer } from './peers';
import { Ringing } from './ringing';

/** A clinic room needs one interpreter at a time; a few allow a retry while one winds down,
 * and the cap stops a hostile device from piling up timers. */
const MAX_CALLS_PER_CLINIC = 3;

export class Dispatcher {
  private readonly calls: LiveCalls;
  private readonly ringing: Ringing;
  private readonly resume: CallResume;

  constructor(
    private readonly deps: DispatchDependencies,
    private readonly records: CallRecords,
  ) {
    this.calls = new LiveCalls(deps, records);
    this.ringing = new Ringing(deps, this.calls);
    this.resume = new CallResume(deps, this.calls, this.ringing);
  }

  /** Calls still ringing or connected (for tests and the bench). */
  get activeCalls(): number {
    return this.calls.size;
  }

  request(clinic: ClinicPeer, language: LanguageCode, type: ConsultationTypeId): DispatchOutcome {
    const { settings } = this.deps;
    if (this.calls.openFor(clinic.device.id) >= MAX_CALLS_PER_CLINIC) {
      return refused('NOT_ALLOWED', 'Too many calls open for this room.');
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
      offer: null,
      timers: [],
      detached: new Map(),
    };
    this.calls.add(call);
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
      iceServers: this.deps.iceServers(call.id, 'clinic'),
    });
    this.ringing.start(call);
    return OK;
  }

  cancel(clinic: ClinicPeer, callId: string): DispatchOutcome {
    const call = this.calls.get(callId);
    if (call?.clinic !== clinic) return this.calls.missing(callId);
    if (call.state === 'connected') return this.hangup(clinic, callId);
    this.ringing.withdrawAll(call, 'cancelled');
    this.calls.finish(call, 'cancelled');
    return OK;
  }

  accept(peer: InterpreterPeer, callId: string): DispatchOutcome {
    const call = this.calls.get(callId);
    const accountId = peer.account.id;
    if (call?.state === 'connected' && call.interpreter?.account.id !== accountId) {
      return refused('CALL_TAKEN', 'Another interpreter took this call.');
    }
    if (call?.state === 'connected') {
      return refused('CALL_TAKEN', 'You took this call on another page.');
    }
    if (!call?.ringing.has(accountId)) return this.calls.missing(callId);
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
    for (const other of call.ringing) this.ringing.toPages(other, taken);
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
    if (!call?.ringing.has(accountId)) return this.calls.missing(callId);
    call.ringing.delete(accountId);
    call.declined.add(accountId);
    for (const page of this.deps.pagesOf(accountId)) {
      if (page !== peer) page.send({ type: 'call.withdrawn', callId, reason: 'declined' });
    }
    this.ringing.widenIfNobodyRings(call);
    return OK;
  }

  hangup(peer: Peer, callId: string): DispatchOutcome {
    const call = this.calls.partyCall(peer, callId);
    if (!call) return this.calls.missing(callId);
    this.calls.endConnected(call, 'hangup');
    return OK;
  }

  /** Relays signaling to the other party of a connected call, and to nobody else; and the
   * clinic's offer while its call rings, to the pages ringing for it (decision 0075). */
  signal(peer: Peer, callId: string, signal: SignalPayload): DispatchOutcome {
    const searching = this.calls.get(callId);
    if (searching?.state === 'searching' && searching.clinic === peer) {
      return this.ringing.offer(searching, signal);
    }
    const call = this.calls.partyCall(peer, callId);
    if (!call) return this.calls.missing(callId);
    const other = peer === call.clinic ? call.interpreter : call.clinic;
    other?.send({ type: 'call.signal', callId, signal });
    return OK;
  }

  interpreterAvailable(accountId: string): void {
    this.ringing.interpreterAvailable(accountId);
  }

  interpreterUnavailable(accountId: string, stillTaken?: readonly LanguageCode[]): void {
    this.ringing.interpreterUnavailable(accountId, stillTaken);
  }

  pageOpened(peer: InterpreterPeer): void {
    this.resume.pageOpened(peer);
  }

  clinicOpened(peer: ClinicPeer): void {
    this.resume.clinicOpened(peer);
  }

  peerClosed(peer: Peer): void {
    this.resume.peerClosed(peer);
  }

  close(): void {
    this.calls.close();
  }
}
