// The clinic's offer while its call rings (decision 0075): every page ringing for the call
// gets it, a page rung later gets it in its ringing message, and nothing else the clinic
// could send before an accept (candidates, an offer carrying its addresses) goes anywhere.
import { afterEach, describe, expect, it } from 'vitest';
import { requestCall, ringingCall, startCallHub, type CallFixture } from '../call-test-kit';

let fixture: CallFixture | null = null;
afterEach(async () => {
  await fixture?.hub.close();
  fixture = null;
});

const turn = { urls: ['turn:127.0.0.1:3478'], secret: 'test-secret', ttlSeconds: 600 };
const offer = { kind: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\na=ice-ufrag:abcd\r\n' };

describe('the offer made while ringing', () => {
  it('gives the clinic and the ringing pages their ICE servers before anyone accepts', async () => {
    fixture = await startCallHub({ turn });
    const amina = await fixture.interpreter('amina');
    const clinic = await fixture.clinic();
    clinic.send({ v: 1, type: 'call.request', language: 'ar', consultationType: 'vaccination' });
    const searching = await clinic.expect('call.searching');
    expect(searching.iceServers).toHaveLength(1);
    expect(searching.iceServers[0]?.urls).toEqual(turn.urls);
    expect(searching.iceServers[0]?.username).toMatch(/\.clinic$/);
    expect(searching.iceServers[0]?.credential).toBeTruthy();
    const ringing = await amina.expect('call.ringing');
    expect(ringing).toMatchObject({ callId: searching.callId, offer: null });
    expect(ringing.iceServers[0]?.username).toMatch(/\.interpreter$/);
  });

  it('passes the offer to every page ringing now, and to pages rung later with the ring', async () => {
    fixture = await startCallHub();
    const amina = await fixture.interpreter('amina');
    const aminaTab = await fixture.interpreter('amina');
    const clinic = await fixture.clinic();
    await amina.expect('presence'); // the second tab's presence.set echoes to the first
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    await aminaTab.expect('call.ringing');
    clinic.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await amina.expect('call.signal')).toEqual({
      v: 1,
      type: 'call.signal',
      callId,
      signal: offer,
    });
    expect(await aminaTab.expect('call.signal')).toMatchObject({ signal: offer });
    const bilal = await fixture.interpreter('bilal');
    expect(await bilal.expect('call.ringing')).toMatchObject({ callId, offer: offer.sdp });
  });

  it('refuses candidates, and an offer with candidates, before an accept', async () => {
    fixture = await startCallHub();
    const { amina, clinic, callId } = await ringingCall(fixture);
    const candidate = 'candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host';
    clinic.send({
      v: 1,
      type: 'call.signal',
      callId,
      signal: { kind: 'candidate', candidate, sdpMid: '0', sdpMLineIndex: 0 },
    });
    expect(await clinic.expect('error')).toMatchObject({ code: 'NOT_ALLOWED' });
    const withAddress = { kind: 'offer', sdp: `${offer.sdp}a=${candidate}\r\n` };
    clinic.send({ v: 1, type: 'call.signal', callId, signal: withAddress });
    expect(await clinic.expect('error')).toMatchObject({ code: 'NOT_ALLOWED' });
    await amina.settled();
    expect(amina.queued).toBe(0);
    // Nothing was kept: a page rung now has no offer yet.
    const bilal = await fixture.interpreter('bilal');
    expect(await bilal.expect('call.ringing')).toMatchObject({ offer: null });
  });

  it('keeps the first offer: a second one while ringing is refused and reaches nobody', async () => {
    fixture = await startCallHub();
    const { amina, clinic, callId } = await ringingCall(fixture);
    clinic.send({ v: 1, type: 'call.signal', callId, signal: offer });
    await amina.expect('call.signal');
    const again = { kind: 'offer', sdp: 'v=0\r\no=- 5 6 IN IP4 127.0.0.1\r\n' };
    clinic.send({ v: 1, type: 'call.signal', callId, signal: again });
    expect(await clinic.expect('error')).toMatchObject({ code: 'NOT_ALLOWED' });
    await amina.settled();
    expect(amina.queued).toBe(0);
    const bilal = await fixture.interpreter('bilal');
    expect(await bilal.expect('call.ringing')).toMatchObject({ offer: offer.sdp });
  });

  it("relays the accepted interpreter's answer to the clinic right after the accept", async () => {
    fixture = await startCallHub();
    const { amina, clinic, callId } = await ringingCall(fixture);
    clinic.send({ v: 1, type: 'call.signal', callId, signal: offer });
    await amina.expect('call.signal');
    const answer = { kind: 'answer', sdp: 'v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\n' };
    amina.send({ v: 1, type: 'call.accept', callId });
    amina.send({ v: 1, type: 'call.signal', callId, signal: answer });
    await clinic.expect('call.connected');
    expect(await clinic.expect('call.signal')).toMatchObject({ signal: answer });
  });
});
