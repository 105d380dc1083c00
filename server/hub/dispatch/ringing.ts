// Ringing a searching call: every available interpreter who speaks its language at once (the
// clinic's priority interpreters alone first, when it has some), everyone once the priority
// phase ends or nobody from the list is left, and "no interpreter available" with the phone
// service when nobody answers in time. Also the one way pages are told to stop ringing.
import type { LanguageCode } from '../../../shared/domain/languages';
import type { SignalPayload, WithdrawReason } from '../../../shared/hub/call-messages';
import { encodeServerMessage, type ServerMessageBody } from '../../../shared/hub/protocol';
import { ringingMessage } from './announcements';
import type { Call, DispatchDependencies } from './call-state';
import type { LiveCalls } from './live-calls';
import { OK, refused, type DispatchOutcome } from './outcomes';
import { ringCandidates } from './ring-candidates';

export class Ringing {
  constructor(
    private readonly deps: DispatchDependencies,
    private readonly calls: LiveCalls,
  ) {}

  /** Starts a new call's clocks (the ring timeout, the end of the priority phase) and rings. */
  start(call: Call): void {
    const { settings } = this.deps;
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
      this.widenIfNobodyRings(call);
    }
  }

  /** Someone stopped ringing: when nobody from the priority list still rings, there is no
   * reason to make the clinic wait for them. */
  widenIfNobodyRings(call: Call): void {
    if (call.priorityPhase && call.ringing.size === 0) this.widen(call);
  }

  /** Every page still ringing for the call stops, told why. */
  withdrawAll(call: Call, reason: WithdrawReason): void {
    const text = encodeServerMessage({ type: 'call.withdrawn', callId: call.id, reason });
    for (const id of call.ringing) this.toPages(id, text);
    call.ringing.clear();
  }

  /** The clinic's offer while its call rings: kept for pages rung later, passed on to the
   * pages ringing now. Only an offer, and without candidates: a ringing page must not be able
   * to reach the clinic (or learn its addresses) before someone accepts. Only one: the pages
   * already prepared their answer to it, and a second would leave them answering the wrong one
   * (the clinic's peer does not offer again before it has an answer). */
  offer(call: Call, signal: SignalPayload): DispatchOutcome {
    if (signal.kind !== 'offer') {
      return refused('NOT_ALLOWED', 'Only the offer can be sent before an interpreter accepts.');
    }
    if (call.offer !== null) {
      return refused('NOT_ALLOWED', 'The offer for this call was already sent.');
    }
    if (/^a=candidate:/m.test(signal.sdp)) {
      return refused('NOT_ALLOWED', 'An offer sent while ringing must not carry candidates.');
    }
    call.offer = signal.sdp;
    const text = encodeServerMessage({ type: 'call.signal', callId: call.id, signal });
    for (const id of call.ringing) this.toPages(id, text);
    return OK;
  }

  /** Sends to every open page of an interpreter, encoding once for all of them. */
  toPages(accountId: string, body: ServerMessageBody | string): void {
    const text = typeof body === 'string' ? body : encodeServerMessage(body);
    for (const page of this.deps.pagesOf(accountId)) page.sendEncoded(text);
  }

  private ring(call: Call, only?: string): void {
    const plan = ringCandidates(call, this.deps.available(call.language), only);
    if (plan.widen) {
      this.widen(call);
      return;
    }
    const message = encodeServerMessage(ringingMessage(call, this.deps));
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
    if (call.state !== 'searching' || !this.calls.holds(call)) return;
    this.withdrawAll(call, 'timeout');
    call.clinic.send({
      type: 'call.unavailable',
      callId: call.id,
      fallback: this.deps.settings.fallback,
    });
    this.calls.finish(call, 'unanswered', false);
  }
}
