// The calls bridge methods through the real local service: the hub settings for the doctor,
// call events in the session log (ids and timings only), the phase relayed to every window,
// and the family screen kept out.
import { describe, expect, it } from 'vitest';
import { openLocalService } from '../../../../server/local/local-service';
import { openStore } from '../../../../server/local/store/open-store';
import { SessionLog } from '../../../../server/local/store/session-log';
import { useTempDir } from '../../../helpers/temp-dir';

const tempDir = useTempDir();
const TOKEN = 'ab'.repeat(32);
const CALL = '6f1c7a52-9f0e-4c3b-8a53-2f3b8f1e0a01';

describe('calls bridge methods', () => {
  it('gives the doctor the hub and token, or why calls are unavailable', async () => {
    const withHub = openLocalService({
      dataDir: tempDir(),
      hub: { url: 'http://127.0.0.1:4000/', deviceToken: TOKEN },
    });
    expect(await withHub.dispatch('calls.config', {}, 'doctor')).toEqual({
      ok: true,
      value: { available: true, hubUrl: 'http://127.0.0.1:4000/', deviceToken: TOKEN },
    });
    expect(await withHub.dispatch('calls.config', {}, 'family')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_ROLE' },
    });
    withHub.close();
    const noToken = openLocalService({
      dataDir: tempDir(),
      hub: { url: 'http://127.0.0.1:4000/', deviceToken: null },
    });
    expect(await noToken.dispatch('calls.config', {}, 'doctor')).toMatchObject({
      value: { available: false, reason: 'no-device-token' },
    });
    noToken.close();
  });

  it('records requested, connected and ended in the session log, and relays the phase', async () => {
    const dataDir = tempDir();
    const service = openLocalService({ dataDir });
    const phases: unknown[] = [];
    const stop = service.onEvent((event, payload) => {
      if (event === 'calls.changed') phases.push(payload);
    });
    const started = await service.dispatch(
      'session.start',
      { consultationType: 'vaccination' },
      'doctor',
    );
    const sessionId = started.ok ? (started.value as { id: string }).id : '';
    for (const input of [
      { sessionId, event: 'requested' },
      { sessionId, event: 'connected', callId: CALL },
      { sessionId, event: 'ended', callId: CALL, durationSeconds: 312, endReason: 'hangup' },
    ]) {
      expect(await service.dispatch('calls.record', input, 'doctor')).toEqual({
        ok: true,
        value: {},
      });
    }
    expect(
      await service.dispatch('calls.setState', { sessionId, phase: 'ringing' }, 'doctor'),
    ).toEqual({
      ok: true,
      value: {},
    });
    // Whether the interpreter's video is there goes along, as given (the family screen shows
    // an audio-only sign rather than a black box); a non-boolean is refused.
    for (const interpreterVideo of [false, true]) {
      expect(
        await service.dispatch(
          'calls.setState',
          { sessionId, phase: 'connected', interpreterVideo },
          'doctor',
        ),
      ).toEqual({ ok: true, value: {} });
    }
    expect(
      await service.dispatch(
        'calls.setState',
        { sessionId, phase: 'connected', interpreterVideo: 'no' },
        'doctor',
      ),
    ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(phases).toEqual([
      { sessionId, phase: 'ringing' },
      { sessionId, phase: 'connected', interpreterVideo: false },
      { sessionId, phase: 'connected', interpreterVideo: true },
    ]);
    // The doctor's live timeline (and the summary) show the call as soon as it is recorded.
    const current = await service.dispatch('consultation.current', {}, 'doctor');
    const timeline = current.ok
      ? (current.value as { timeline: { kind: string; state?: string }[] }).timeline
      : [];
    expect(
      timeline.filter((entry) => entry.kind === 'interpreter').map((entry) => entry.state),
    ).toEqual(['requested', 'connected', 'ended']);
    const bad = await service.dispatch(
      'calls.record',
      { sessionId, event: 'ended', callId: CALL, durationSeconds: -1, endReason: 'hangup' },
      'doctor',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    stop();
    service.close();

    const { db } = openStore({ dataDir });
    const events = new SessionLog(db)
      .events(sessionId)
      .filter((e) => e.type.startsWith('interpreter.'));
    db.close();
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['interpreter.requested', {}],
      ['interpreter.connected', { callId: CALL }],
      ['interpreter.ended', { callId: CALL, durationSeconds: 312, endReason: 'hangup' }],
    ]);
  });

  it('refuses to record into an unknown or ended session', async () => {
    const service = openLocalService({ dataDir: tempDir() });
    const unknown = await service.dispatch(
      'calls.record',
      { sessionId: CALL, event: 'requested' },
      'doctor',
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const started = await service.dispatch(
      'session.start',
      { consultationType: 'vaccination' },
      'doctor',
    );
    const sessionId = started.ok ? (started.value as { id: string }).id : '';
    await service.dispatch('session.end', { sessionId }, 'doctor');
    const ended = await service.dispatch(
      'calls.record',
      { sessionId, event: 'requested' },
      'doctor',
    );
    expect(ended).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    service.close();
  });

  it('gives any window the call state last reported, while its session is active', async () => {
    const service = openLocalService({ dataDir: tempDir() });
    expect(await service.dispatch('calls.current', {}, 'family')).toEqual({
      ok: true,
      value: null,
    });
    const started = await service.dispatch(
      'session.start',
      { consultationType: 'vaccination' },
      'doctor',
    );
    const sessionId = started.ok ? (started.value as { id: string }).id : '';
    await service.dispatch('calls.setState', { sessionId, phase: 'ringing' }, 'doctor');
    await service.dispatch(
      'calls.setState',
      { sessionId, phase: 'connected', interpreterVideo: false },
      'doctor',
    );
    // A family page reloaded now learns the call is live, and audio-only.
    for (const role of ['family', 'doctor'] as const) {
      expect(await service.dispatch('calls.current', {}, role)).toEqual({
        ok: true,
        value: { sessionId, phase: 'connected', interpreterVideo: false },
      });
    }
    expect(await service.dispatch('calls.current', { extra: 1 }, 'family')).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    // Once the session ends its call is nobody's news: the next family starts with none.
    await service.dispatch('session.end', { sessionId }, 'doctor');
    expect(await service.dispatch('calls.current', {}, 'family')).toEqual({
      ok: true,
      value: null,
    });
    service.close();
  });
});
