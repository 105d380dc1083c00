// Over 10 000 hostile messages (malformed, oversized, out of order, for the wrong call,
// replayed) from interpreters and clinics inside and outside two live calls: the hub stays
// up, answers each one with an error code, and delivers nothing to anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { hubErrorCodes } from '../../../../shared/hub/errors';
import { MAX_HUB_MESSAGE_BYTES } from '../../../../shared/hub/protocol';
import { requestCall, startCallHub, type CallFixture } from './call-test-kit';
import { signIn, type TestSocket } from './hub-test-kit';

const MESSAGES_PER_ATTACKER = 3_500;

/** A small deterministic PRNG (mulberry32): the same hostile mix on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const offer = { kind: 'offer', sdp: 'v=0\r\n' };

/** One hostile message: never valid for its sender, so it must be answered with an error. */
function hostile(next: () => number, foreignCall: string, endedCall: string): string | Buffer {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const v = 1;
  const call = pick([foreignCall, endedCall, randomUUID()]);
  const variants: (() => unknown)[] = [
    () => '{"v":1,"type":', // truncated JSON
    () => 'null',
    () => '[]',
    () => '"call.accept"',
    () => Buffer.from([0xff, 0x00, 0x13]), // binary
    () => '\u0000\uffff'.repeat(50),
    () => JSON.stringify({ v: 2, type: 'ping' }),
    () => JSON.stringify({ v: '1', type: 'call.accept', callId: call }),
    () => JSON.stringify({ v, type: 'call.accept' }),
    () => JSON.stringify({ v, type: 'call.accept', callId: 'not-a-uuid' }),
    () => JSON.stringify({ v, type: 'call.signal', callId: call, signal: { kind: 'rce' } }),
    () => JSON.stringify({ v, type: 'ping', __proto__: { admin: true }, extra: 1 }),
    () => JSON.stringify({ v, type: 'call.request', language: 'xx', consultationType: 'x' }),
    () => JSON.stringify({ v, type: 'call.signal', callId: call, signal: offer }), // wrong call
    () => JSON.stringify({ v, type: 'call.hangup', callId: call }),
    () => JSON.stringify({ v, type: 'call.accept', callId: call }), // replayed / out of order
    () => JSON.stringify({ v, type: 'call.decline', callId: call }),
    () => JSON.stringify({ v, type: 'call.cancel', callId: call }),
    () => JSON.stringify({ v, type: 'x'.repeat(MAX_HUB_MESSAGE_BYTES - 100) }), // just fits
    () => `{"v":1,"type":"ping","a":${'['.repeat(2000)}${']'.repeat(2000)}}`, // deep nesting
  ];
  const value = pick(variants)();
  return typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value);
}

let fixture: CallFixture;
const errorCodes = new Set<string>(hubErrorCodes);

async function connected(clinic: TestSocket, interpreter: TestSocket, language: string) {
  const callId = await requestCall(clinic, language);
  await interpreter.expect('call.ringing');
  interpreter.send({ v: 1, type: 'call.accept', callId });
  await interpreter.expect('call.connected');
  await interpreter.expect('presence');
  await clinic.expect('call.connected');
  return callId;
}

beforeAll(async () => {
  fixture = await startCallHub({
    // The test is about what reaches the decoder and the dispatcher, not the rate limit.
    limits: { messages: { capacity: 1e9, refillPerSecond: 1e9 } },
  });
});
afterAll(async () => {
  await fixture.hub.close();
});

describe('hostile input', () => {
  it('answers ≥ 10 000 hostile messages with error codes and leaks nothing', async () => {
    const amina = await fixture.interpreter('amina');
    const chen = await fixture.interpreter('chen');
    const clinicA = await fixture.clinic();
    const clinicB = await fixture.clinic();
    const callA = await connected(clinicA, amina, 'ar');
    const callB = await connected(clinicB, chen, 'ti');
    // An ended call, for replays.
    const bilal = await fixture.interpreter('bilal');
    const clinicC = await fixture.clinic();
    const ended = await requestCall(clinicC);
    await bilal.expect('call.ringing');
    clinicC.send({ v: 1, type: 'call.cancel', callId: ended });
    await clinicC.expect('call.ended');
    await bilal.expect('call.withdrawn');

    // Attackers: bilal (no call), clinicC (no call), and amina and clinicA aiming at call B.
    const attackers = [bilal, clinicC, amina, clinicA];
    const next = random(42);
    let sent = 0;
    for (const attacker of attackers) {
      for (let i = 0; i < MESSAGES_PER_ATTACKER; i += 1) {
        const message = hostile(next, callB, ended);
        attacker.ws.send(message, { binary: Buffer.isBuffer(message) });
        sent += 1;
      }
    }
    expect(sent).toBeGreaterThanOrEqual(10_000);
    for (const attacker of attackers) {
      attacker.send({ v: 1, type: 'ping' });
      let replies = 0;
      for (;;) {
        const reply = await attacker.next();
        if (reply.type === 'pong') break;
        expect(reply.type).toBe('error');
        if (reply.type === 'error') expect(errorCodes.has(reply.code)).toBe(true);
        replies += 1;
      }
      expect(replies).toBe(MESSAGES_PER_ATTACKER); // one error per hostile message
    }
    // Call B's parties heard nothing, and call A and B still relay between their parties.
    for (const party of [chen, clinicB]) {
      await party.settled();
      expect(party.queued).toBe(0);
    }
    clinicB.send({ v: 1, type: 'call.signal', callId: callB, signal: offer });
    expect(await chen.expect('call.signal')).toMatchObject({ callId: callB });
    clinicA.send({ v: 1, type: 'call.signal', callId: callA, signal: offer });
    expect(await amina.expect('call.signal')).toMatchObject({ callId: callA });
    expect(fixture.hub.calls.dispatcher.activeCalls).toBe(2);
  });

  it('closes only the socket that sends an oversized message; the hub stays up', async () => {
    const offenders = await Promise.all([fixture.clinic(), fixture.interpreter('bilal')]);
    const bystander = await fixture.clinic();
    for (const offender of offenders) {
      offender.send({ v: 1, type: 'ping', pad: 'x'.repeat(MAX_HUB_MESSAGE_BYTES * 4) });
      expect(await offender.closed).toBe(1009);
    }
    await bystander.settled();
    expect((await signIn(fixture.hub.origin, 'bilal')).token).toMatch(/^[0-9a-f]{64}$/);
  });
});
