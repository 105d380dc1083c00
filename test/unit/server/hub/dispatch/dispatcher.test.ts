// Dispatch over real sockets: who rings, who wins, what everyone else is told, and every way
// a search can end (accepted, cancelled, declined by all, timed out, offline while ringing).
import { afterEach, describe, expect, it } from 'vitest';
import { requestCall, startCallHub, type CallFixture } from '../call-test-kit';

let fixture: CallFixture | null = null;
afterEach(async () => {
  await fixture?.hub.close();
  fixture = null;
});

async function start(options: Parameters<typeof startCallHub>[0] = {}) {
  fixture = await startCallHub(options);
  return fixture;
}

describe('dispatch by language', () => {
  it('rings every available interpreter who speaks the language, and nobody else', async () => {
    const f = await start();
    const amina = await f.interpreter('amina');
    const bilal = await f.interpreter('bilal');
    const chen = await f.interpreter('chen'); // Tigrinya only
    const busyBilal = await f.interpreter('bilal', 'busy'); // busy now: not rung
    await bilal.expect('presence'); // the status echoes to every page of bilal
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    expect(await amina.expect('call.ringing')).toMatchObject({
      callId,
      language: 'ar',
      consultationType: 'vaccination',
      clinic: { site: 'PMI Gerland' },
    });
    for (const quiet of [bilal, busyBilal, chen]) {
      await quiet.settled(); // a pong with nothing before it: no ringing came
      expect(quiet.queued).toBe(0);
    }
  });

  it('connects the first to accept; the others stop ringing and hear it was taken', async () => {
    const f = await start({
      turn: { urls: ['turn:127.0.0.1:3478'], secret: 's3cret', ttlSeconds: 600 },
    });
    const amina = await f.interpreter('amina');
    const bilal = await f.interpreter('bilal');
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    await bilal.expect('call.ringing');
    amina.send({ v: 1, type: 'call.accept', callId });
    const forClinic = await clinic.expect('call.connected');
    expect(forClinic).toMatchObject({ role: 'clinic', peer: { displayName: 'Amina K.' } });
    expect(forClinic.iceServers[0]?.username).toMatch(/^\d+:/);
    expect(await amina.expect('call.connected')).toMatchObject({ role: 'interpreter' });
    expect(await amina.expect('presence')).toMatchObject({ status: 'busy' });
    expect(await bilal.expect('call.taken')).toMatchObject({ callId });
  });

  it('settles two accepts at the same instant: one wins, the other gets CALL_TAKEN', async () => {
    const f = await start();
    const amina = await f.interpreter('amina');
    const bilal = await f.interpreter('bilal');
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    await bilal.expect('call.ringing');
    amina.send({ v: 1, type: 'call.accept', callId });
    bilal.send({ v: 1, type: 'call.accept', callId });
    const first = await amina.next();
    const second = await bilal.next();
    const [winner, loser] = first.type === 'call.connected' ? [amina, bilal] : [bilal, amina];
    expect([first.type, second.type].sort()).toEqual(['call.connected', 'call.taken']);
    expect(await loser.expect('error')).toMatchObject({ code: 'CALL_TAKEN' });
    expect(await clinic.expect('call.connected')).toMatchObject({ callId });
    await winner.expect('presence');
    expect(f.hub.calls.dispatcher.activeCalls).toBe(1);
  });

  it('tells the clinic nobody is available after the timeout, with the phone service', async () => {
    const fallback = { phone: '04 72 00 00 00', accessCode: '1234#' };
    const f = await start({ dispatch: { ringTimeoutMs: 150, fallback } });
    const amina = await f.interpreter('amina');
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    expect(await clinic.expect('call.unavailable')).toMatchObject({ callId, fallback });
    expect(await amina.expect('call.withdrawn')).toMatchObject({ callId, reason: 'timeout' });
    amina.send({ v: 1, type: 'call.accept', callId });
    expect(await amina.expect('error')).toMatchObject({ code: 'CALL_ENDED' });
  });

  it('searches until the timeout when nobody speaks the language yet', async () => {
    const f = await start({ dispatch: { ringTimeoutMs: 150, fallback: null } });
    const clinic = await f.clinic();
    const callId = await requestCall(clinic, 'prs');
    expect(await clinic.expect('call.unavailable')).toEqual({
      v: 1,
      type: 'call.unavailable',
      callId,
      fallback: null,
    });
  });

  it('rings an interpreter who comes online during the search', async () => {
    const f = await start();
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    const amina = await f.interpreter('amina');
    expect(await amina.expect('call.ringing')).toMatchObject({ callId });
  });

  it('withdraws the request from everyone when the clinic cancels', async () => {
    const f = await start();
    const amina = await f.interpreter('amina');
    const bilal = await f.interpreter('bilal');
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    await bilal.expect('call.ringing');
    clinic.send({ v: 1, type: 'call.cancel', callId });
    expect(await clinic.expect('call.ended')).toMatchObject({ callId, reason: 'cancelled' });
    expect(await amina.expect('call.withdrawn')).toMatchObject({ reason: 'cancelled' });
    expect(await bilal.expect('call.withdrawn')).toMatchObject({ reason: 'cancelled' });
    bilal.send({ v: 1, type: 'call.accept', callId });
    expect(await bilal.expect('error')).toMatchObject({ code: 'CALL_ENDED' });
  });

  it('withdraws the request when the clinic’s socket closes while searching', async () => {
    const f = await start();
    const amina = await f.interpreter('amina');
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    clinic.ws.close();
    expect(await amina.expect('call.withdrawn')).toMatchObject({ callId, reason: 'cancelled' });
  });

  it('stops ringing a decliner (all their pages) and keeps ringing the others', async () => {
    const f = await start();
    const amina = await f.interpreter('amina');
    const aminaTab = await f.interpreter('amina');
    await amina.expect('presence'); // the second tab's presence.set echoes to the first
    const bilal = await f.interpreter('bilal');
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    await aminaTab.expect('call.ringing');
    await bilal.expect('call.ringing');
    amina.send({ v: 1, type: 'call.decline', callId });
    expect(await aminaTab.expect('call.withdrawn')).toMatchObject({ reason: 'declined' });
    aminaTab.send({ v: 1, type: 'call.accept', callId });
    expect(await aminaTab.expect('error')).toMatchObject({ code: 'UNKNOWN_CALL' });
    bilal.send({ v: 1, type: 'call.accept', callId });
    expect(await clinic.expect('call.connected')).toMatchObject({
      peer: { displayName: 'Bilal S.' },
    });
  });

  it('stops ringing an interpreter who goes offline or busy while ringing', async () => {
    const f = await start({ dispatch: { ringTimeoutMs: 5000 } });
    const amina = await f.interpreter('amina');
    const bilal = await f.interpreter('bilal');
    const clinic = await f.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    await bilal.expect('call.ringing');
    amina.send({ v: 1, type: 'presence.set', status: 'offline' });
    await amina.expect('presence');
    expect(await amina.expect('call.withdrawn')).toMatchObject({ callId, reason: 'offline' });
    amina.send({ v: 1, type: 'call.accept', callId });
    expect(await amina.expect('error')).toMatchObject({ code: 'UNKNOWN_CALL' });
    bilal.ws.close(); // no grace in these tests: offline at once
    await bilal.closed;
    await clinic.settled();
    expect(f.hub.calls.dispatcher.activeCalls).toBe(1); // still searching until the timeout
  });

  it('rings the clinic’s priority interpreters first, then everyone', async () => {
    const f = await start({ dispatch: { priorityRingMs: 150 } });
    const amina = await f.interpreter('amina');
    const bilal = await f.interpreter('bilal');
    const clinic = await f.clinic(['bilal']);
    const callId = await requestCall(clinic);
    await bilal.expect('call.ringing');
    await amina.settled();
    expect(amina.queued).toBe(0);
    expect(await amina.expect('call.ringing')).toMatchObject({ callId }); // after 150 ms
  });

  it('rings everyone at once when no priority interpreter is available', async () => {
    const f = await start({ dispatch: { priorityRingMs: 60_000 } });
    const amina = await f.interpreter('amina');
    const clinic = await f.clinic(['bilal']);
    const callId = await requestCall(clinic);
    expect(await amina.expect('call.ringing')).toMatchObject({ callId });
  });

  it('widens at once when every priority interpreter declines', async () => {
    const f = await start({ dispatch: { priorityRingMs: 60_000 } });
    const amina = await f.interpreter('amina');
    const bilal = await f.interpreter('bilal');
    const clinic = await f.clinic(['bilal']);
    const callId = await requestCall(clinic);
    await bilal.expect('call.ringing');
    bilal.send({ v: 1, type: 'call.decline', callId });
    expect(await amina.expect('call.ringing')).toMatchObject({ callId });
  });

  it('refuses requests from interpreters and answers from clinics with NOT_ALLOWED', async () => {
    const f = await start();
    const amina = await f.interpreter('amina');
    const clinic = await f.clinic();
    amina.send({ v: 1, type: 'call.request', language: 'ar', consultationType: 'vaccination' });
    expect(await amina.expect('error')).toMatchObject({ code: 'NOT_ALLOWED' });
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    clinic.send({ v: 1, type: 'call.accept', callId });
    expect(await clinic.expect('error')).toMatchObject({ code: 'NOT_ALLOWED' });
    clinic.send({ v: 1, type: 'presence.set', status: 'online' });
    expect(await clinic.expect('error')).toMatchObject({ code: 'NOT_ALLOWED' });
  });

  it('caps the calls one clinic may have open', async () => {
    const f = await start();
    const clinic = await f.clinic();
    for (let i = 0; i < 3; i += 1) await requestCall(clinic);
    clinic.send({ v: 1, type: 'call.request', language: 'ar', consultationType: 'vaccination' });
    expect(await clinic.expect('error')).toMatchObject({ code: 'NOT_ALLOWED' });
  });
});
