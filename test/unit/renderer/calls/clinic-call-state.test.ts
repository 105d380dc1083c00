// The clinic's call as a state machine: each step the doctor sees, the phone fallback, a
// drop and a failure, and one tap to call again.
import { describe, expect, it } from 'vitest';
import {
  idleCall,
  reduceClinicCall,
  type ClinicCallEvent,
} from '../../../../renderer/calls/clinic-call-state';

const A = '6f1c7a52-9f0e-4c3b-8a53-2f3b8f1e0a01';
const hub = (message: object): ClinicCallEvent =>
  ({ type: 'hub', message: { v: 1, ...message } }) as ClinicCallEvent;
const searching = hub({ type: 'call.searching', callId: A, language: 'ar', timeoutMs: 60000 });
const connected = hub({
  type: 'call.connected',
  callId: A,
  role: 'clinic',
  peer: { displayName: 'Amina K.' },
  iceServers: [{ urls: ['turn:127.0.0.1:3478'], username: 'u', credential: 'c' }],
});
const run = (...events: ClinicCallEvent[]) => events.reduce(reduceClinicCall, idleCall);

describe('clinic call state', () => {
  it('goes searching → ringing → connecting → connected', () => {
    expect(run({ type: 'request' }).phase).toBe('searching');
    expect(run({ type: 'request' }, searching)).toMatchObject({ phase: 'ringing', callId: A });
    const state = run({ type: 'request' }, searching, connected);
    expect(state).toMatchObject({ phase: 'connecting', interpreterName: 'Amina K.' });
    expect(state.iceServers).toHaveLength(1);
    expect(
      run({ type: 'request' }, searching, connected, { type: 'link', state: 'connected', at: 5 }),
    ).toMatchObject({ phase: 'connected', connectedAt: 5 });
  });

  it('shows the phone service when nobody answers, and can ask again', () => {
    const fallback = { phone: '01 23 45 67 89', accessCode: '4242' };
    const state = run(
      { type: 'request' },
      searching,
      hub({ type: 'call.unavailable', callId: A, fallback }),
    );
    expect(state).toMatchObject({ phase: 'unavailable', fallback });
    expect(reduceClinicCall(state, { type: 'request' }).phase).toBe('searching');
  });

  it('reconnects, then ends on a drop; a failure keeps its reason', () => {
    const live = run({ type: 'request' }, searching, connected, {
      type: 'link',
      state: 'connected',
      at: 1,
    });
    expect(reduceClinicCall(live, { type: 'link', state: 'reconnecting', at: 2 }).phase).toBe(
      'reconnecting',
    );
    expect(
      reduceClinicCall(live, hub({ type: 'call.ended', callId: A, reason: 'disconnected' })),
    ).toMatchObject({ phase: 'ended', endReason: 'disconnected' });
    const failed = run({ type: 'request' }, searching, connected, {
      type: 'link',
      state: 'failed',
      failure: 'turn-refused',
      at: 1,
    });
    expect(failed).toMatchObject({ phase: 'ended', endReason: 'failed', failure: 'turn-refused' });
  });

  it('tells a cancelled search from a hung-up call, and ignores other calls’ messages', () => {
    expect(run({ type: 'request' }, searching, { type: 'hangup' }).endReason).toBe('cancelled');
    const live = run({ type: 'request' }, searching, connected, { type: 'hangup' });
    expect(live.endReason).toBe('hangup');
    const other = hub({
      type: 'call.ended',
      callId: '6f1c7a52-9f0e-4c3b-8a53-2f3b8f1e0a02',
      reason: 'hangup',
    });
    expect(run({ type: 'request' }, searching, other).phase).toBe('ringing');
  });

  it('says so when the hub refuses the request', () => {
    const refused = hub({ type: 'error', code: 'NOT_ALLOWED', message: 'Too many calls' });
    expect(run({ type: 'request' }, refused)).toMatchObject({
      phase: 'ended',
      failure: 'hub-refused',
    });
  });
});
