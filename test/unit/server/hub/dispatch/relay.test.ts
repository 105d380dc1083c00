// After an accept: signaling flows between the two parties of the call and nobody else,
// hang-ups and lost sockets end the call for both, and the interpreter is available again.
import { afterEach, describe, expect, it } from 'vitest';
import { requestCall, ringingCall, startCallHub, type CallFixture } from '../call-test-kit';
import type { TestSocket } from '../hub-test-kit';

let fixture: CallFixture | null = null;
afterEach(async () => {
  await fixture?.hub.close();
  fixture = null;
});

const offer = { kind: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' };
const candidate = {
  kind: 'candidate',
  candidate: 'candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host',
  sdpMid: '0',
  sdpMLineIndex: 0,
};

/** A connected call between amina and a clinic, plus bystanders who must hear nothing. */
async function connectedCall() {
  fixture = await startCallHub();
  const amina = await fixture.interpreter('amina');
  const bilal = await fixture.interpreter('bilal');
  const clinic = await fixture.clinic();
  const otherClinic = await fixture.clinic();
  const callId = await requestCall(clinic);
  await amina.expect('call.ringing');
  await bilal.expect('call.ringing');
  amina.send({ v: 1, type: 'call.accept', callId });
  await amina.expect('call.connected');
  await amina.expect('presence');
  await clinic.expect('call.connected');
  await bilal.expect('call.taken');
  return { amina, bilal, clinic, otherClinic, callId };
}

async function assertSilent(...sockets: TestSocket[]) {
  for (const socket of sockets) {
    await socket.settled();
    expect(socket.queued).toBe(0);
  }
}

describe('signaling relay', () => {
  it('relays offers, answers and candidates between the two parties, unchanged', async () => {
    const { amina, bilal, clinic, otherClinic, callId } = await connectedCall();
    clinic.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await amina.expect('call.signal')).toEqual({
      v: 1,
      type: 'call.signal',
      callId,
      signal: offer,
    });
    amina.send({ v: 1, type: 'call.signal', callId, signal: candidate });
    expect(await clinic.expect('call.signal')).toMatchObject({ signal: candidate });
    await assertSilent(bilal, otherClinic);
  });

  it('refuses signaling from anyone outside the call, and delivers nothing', async () => {
    const { amina, bilal, clinic, otherClinic, callId } = await connectedCall();
    bilal.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await bilal.expect('error')).toMatchObject({ code: 'UNKNOWN_CALL' });
    otherClinic.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await otherClinic.expect('error')).toMatchObject({ code: 'UNKNOWN_CALL' });
    otherClinic.send({ v: 1, type: 'call.hangup', callId });
    expect(await otherClinic.expect('error')).toMatchObject({ code: 'UNKNOWN_CALL' });
    await assertSilent(amina, clinic);
  });

  it('refuses signaling for a call still searching', async () => {
    fixture = await startCallHub();
    const { amina, clinic, callId } = await ringingCall(fixture);
    amina.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await amina.expect('error')).toMatchObject({ code: 'UNKNOWN_CALL' });
    await assertSilent(clinic);
  });

  it('ends the call for both on hang-up; the interpreter is online again', async () => {
    const { amina, clinic, callId } = await connectedCall();
    amina.send({ v: 1, type: 'call.hangup', callId });
    expect(await clinic.expect('call.ended')).toMatchObject({ callId, reason: 'hangup' });
    expect(await amina.expect('call.ended')).toMatchObject({ callId, reason: 'hangup' });
    expect(await amina.expect('presence')).toMatchObject({ status: 'online' });
    clinic.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await clinic.expect('error')).toMatchObject({ code: 'CALL_ENDED' });
  });

  it('ends the call when a party’s socket closes', async () => {
    const { amina, clinic, callId } = await connectedCall();
    clinic.ws.close();
    expect(await amina.expect('call.ended')).toMatchObject({ callId, reason: 'disconnected' });
    expect(await amina.expect('presence')).toMatchObject({ status: 'online' });
  });

  it('records the call: language, type, wait, duration and end reason, no names', async () => {
    const { amina, callId } = await connectedCall();
    amina.send({ v: 1, type: 'call.hangup', callId });
    await amina.expect('call.ended');
    const row = fixture?.hub.db.prepare('SELECT * FROM calls WHERE id = ?').get(callId) as Record<
      string,
      unknown
    >;
    expect(row).toMatchObject({
      interpreter_id: 'amina',
      language: 'ar',
      consultation_type: 'vaccination',
      end_reason: 'hangup',
    });
    expect(row.answered_at as number).toBeGreaterThanOrEqual(row.requested_at as number);
    expect(row.ended_at as number).toBeGreaterThanOrEqual(row.answered_at as number);
    expect(JSON.stringify(row)).not.toMatch(/Amina|Gerland|sdp/);
  });
});
