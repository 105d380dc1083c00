// A connected call outlives a party's signaling socket for the grace period: the media flows
// peer to peer, so a Wi-Fi blip on the hub link must not cut the consultation. The party that
// comes back gets call.resumed and signaling flows through its new socket; one that does not
// come back ends the call as `disconnected`.
import { afterEach, describe, expect, it } from 'vitest';
import { requestCall, startCallHub, type CallFixture } from '../call-test-kit';
import { openDevice, signIn, TestSocket } from '../hub-test-kit';

let fixture: CallFixture | null = null;
afterEach(async () => {
  await fixture?.hub.close();
  fixture = null;
});

const offer = { kind: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' };

async function connectedCall(reconnectGraceMs: number) {
  fixture = await startCallHub({
    dispatch: { reconnectGraceMs },
    limits: { presenceGraceMs: reconnectGraceMs },
  });
  const amina = await fixture.interpreter('amina');
  const device = fixture.hub.addDevice();
  const clinic = await openDevice(fixture.hub.origin, device.token);
  const callId = await requestCall(clinic);
  await amina.expect('call.ringing');
  amina.send({ v: 1, type: 'call.accept', callId });
  await amina.expect('call.connected');
  await amina.expect('presence');
  await clinic.expect('call.connected');
  return { fixture, amina, clinic, device, callId };
}

describe('calls across a dropped signaling socket', () => {
  it('resumes the call when the clinic device reconnects within the grace', async () => {
    const { fixture: f, amina, clinic, device, callId } = await connectedCall(5000);
    clinic.ws.close();
    await clinic.closed;
    const again = await openDevice(f.hub.origin, device.token);
    expect(await again.expect('call.resumed')).toMatchObject({ callId, role: 'clinic' });
    again.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await amina.expect('call.signal')).toMatchObject({ signal: offer });
    amina.send({ v: 1, type: 'call.signal', callId, signal: offer });
    expect(await again.expect('call.signal')).toMatchObject({ signal: offer });
    expect(f.hub.calls.dispatcher.activeCalls).toBe(1);
  });

  it('resumes the call when the interpreter’s page reconnects within the grace', async () => {
    const { fixture: f, amina, clinic, callId } = await connectedCall(5000);
    amina.ws.close();
    await amina.closed;
    const again = new TestSocket(f.hub.origin, {
      token: (await signIn(f.hub.origin, 'amina')).token,
    });
    expect(await again.welcomed()).toMatchObject({ status: 'busy' });
    expect(await again.expect('call.resumed')).toMatchObject({ callId, role: 'interpreter' });
    clinic.send({ v: 1, type: 'call.hangup', callId });
    expect(await again.expect('call.ended')).toMatchObject({ callId, reason: 'hangup' });
  });

  it('ends the call as disconnected when the party does not come back in time', async () => {
    const { amina, clinic, callId } = await connectedCall(200);
    clinic.ws.close();
    expect(await amina.expect('call.ended')).toMatchObject({ callId, reason: 'disconnected' });
    expect(await amina.expect('presence')).toMatchObject({ status: 'online' });
  });

  it('ends the call at once when both signaling sockets are gone', async () => {
    const { fixture: f, amina, clinic } = await connectedCall(60_000);
    clinic.ws.close();
    await clinic.closed;
    amina.ws.close();
    await amina.closed;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(f.hub.calls.dispatcher.activeCalls).toBe(0);
  });
});
