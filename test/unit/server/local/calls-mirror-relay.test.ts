// The family-screen mirror's signalling through the real local service: a family page says
// it is there, the doctor's offer reaches it (and only a page that said ready), the answer
// comes back, roles and sizes are enforced, and a page that stopped its heartbeats is gone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_MIRROR_SDP_CHARS,
  MIRROR_SCREEN_TTL_MS,
} from '../../../../shared/bridge/calls-contract';
import { openLocalService, type LocalService } from '../../../../server/local/local-service';
import { useTempDir } from '../../../helpers/temp-dir';

const tempDir = useTempDir();
const SCREEN = '0b7e4a1c-5d2f-4e8a-9c3b-1a2b3c4d5e6f';
const OTHER_SCREEN = '9f8e7d6c-5b4a-4c3d-8e1f-0a1b2c3d4e5f';
const MIRROR = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f';
const OFFER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n';

async function runningSession(service: LocalService): Promise<string> {
  const started = await service.dispatch(
    'session.start',
    { consultationType: 'vaccination' },
    'doctor',
  );
  if (!started.ok) throw new Error(started.error.message);
  return (started.value as { id: string }).id;
}

function recordEvents(service: LocalService) {
  const seen: unknown[] = [];
  const stop = service.onEvent((event, payload) => {
    if (event === 'calls.mirrorForFamily') seen.push({ to: 'family', ...payload });
    if (event === 'calls.mirrorForDoctor') seen.push({ to: 'doctor', ...payload });
  });
  return { seen, stop };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('calls.mirrorToFamily / calls.mirrorToDoctor signalling', () => {
  it('relays ready, the offer and the answer between the two roles', async () => {
    const service = openLocalService({ dataDir: tempDir() });
    const sessionId = await runningSession(service);
    const { seen, stop } = recordEvents(service);

    const offer = {
      sessionId,
      screenId: SCREEN,
      mirrorId: MIRROR,
      signal: { type: 'offer', sdp: OFFER },
    };
    // No family page has said ready: the doctor learns it at once, with a stable code.
    expect(await service.dispatch('calls.mirrorToFamily', offer, 'doctor')).toMatchObject({
      ok: false,
      error: { code: 'NO_FAMILY_SCREEN' },
    });
    expect(seen).toEqual([]);

    const ready = { sessionId, screenId: SCREEN, signal: { type: 'ready' } };
    expect(await service.dispatch('calls.mirrorToDoctor', ready, 'family')).toEqual({
      ok: true,
      value: {},
    });
    expect(await service.dispatch('calls.mirrorToFamily', offer, 'doctor')).toEqual({
      ok: true,
      value: {},
    });
    const answer = {
      sessionId,
      screenId: SCREEN,
      signal: { type: 'answer', mirrorId: MIRROR, sdp: OFFER },
    };
    expect(await service.dispatch('calls.mirrorToDoctor', answer, 'family')).toMatchObject({
      ok: true,
    });
    const candidate = {
      sessionId,
      screenId: SCREEN,
      mirrorId: MIRROR,
      signal: {
        type: 'candidate',
        candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host',
        sdpMid: '0',
        sdpMLineIndex: 0,
      },
    };
    expect(await service.dispatch('calls.mirrorToFamily', candidate, 'doctor')).toMatchObject({
      ok: true,
    });
    expect(seen).toEqual([
      { to: 'doctor', ...ready },
      { to: 'family', ...offer },
      { to: 'doctor', ...answer },
      { to: 'family', ...candidate },
    ]);

    // A page that said bye is gone: nothing more is relayed to it.
    await service.dispatch(
      'calls.mirrorToDoctor',
      { sessionId, screenId: SCREEN, signal: { type: 'bye' } },
      'family',
    );
    expect(await service.dispatch('calls.mirrorToFamily', offer, 'doctor')).toMatchObject({
      ok: false,
      error: { code: 'NO_FAMILY_SCREEN' },
    });
    stop();
    service.close();
  });

  it('forgets a family page whose heartbeats stopped', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    const service = openLocalService({ dataDir: tempDir() });
    const sessionId = await runningSession(service);
    await service.dispatch(
      'calls.mirrorToDoctor',
      { sessionId, screenId: SCREEN, signal: { type: 'ready' } },
      'family',
    );
    const close = { sessionId, screenId: SCREEN, mirrorId: MIRROR, signal: { type: 'close' } };
    vi.setSystemTime(Date.now() + MIRROR_SCREEN_TTL_MS - 1);
    expect(await service.dispatch('calls.mirrorToFamily', close, 'doctor')).toMatchObject({
      ok: true,
    });
    vi.setSystemTime(Date.now() + 2);
    expect(await service.dispatch('calls.mirrorToFamily', close, 'doctor')).toMatchObject({
      ok: false,
      error: { code: 'NO_FAMILY_SCREEN' },
    });
    // An answer from a page that never said ready is refused too.
    const stray = {
      sessionId,
      screenId: OTHER_SCREEN,
      signal: { type: 'answer', mirrorId: MIRROR, sdp: OFFER },
    };
    expect(await service.dispatch('calls.mirrorToDoctor', stray, 'family')).toMatchObject({
      ok: false,
      error: { code: 'NO_FAMILY_SCREEN' },
    });
    service.close();
  });

  it('keeps each side to its role, caps sizes and needs a running session', async () => {
    const service = openLocalService({ dataDir: tempDir() });
    const sessionId = await runningSession(service);
    const ready = { sessionId, screenId: SCREEN, signal: { type: 'ready' } };
    const offer = {
      sessionId,
      screenId: SCREEN,
      mirrorId: MIRROR,
      signal: { type: 'offer', sdp: OFFER },
    };
    // The family cannot offer; the doctor cannot pose as a family page.
    expect(await service.dispatch('calls.mirrorToFamily', offer, 'family')).toMatchObject({
      error: { code: 'FORBIDDEN_ROLE' },
    });
    expect(await service.dispatch('calls.mirrorToDoctor', ready, 'doctor')).toMatchObject({
      error: { code: 'FORBIDDEN_ROLE' },
    });
    await service.dispatch('calls.mirrorToDoctor', ready, 'family');
    const huge = { ...offer, signal: { type: 'offer', sdp: 'a'.repeat(MAX_MIRROR_SDP_CHARS + 1) } };
    expect(await service.dispatch('calls.mirrorToFamily', huge, 'doctor')).toMatchObject({
      error: { code: 'BAD_REQUEST' },
    });
    // A family page may not send an offer, nor smuggle extra fields.
    const wrongKind = { ...ready, signal: { type: 'offer', sdp: OFFER } };
    expect(await service.dispatch('calls.mirrorToDoctor', wrongKind, 'family')).toMatchObject({
      error: { code: 'BAD_REQUEST' },
    });
    const extra = { ...ready, signal: { type: 'ready', sdp: OFFER } };
    expect(await service.dispatch('calls.mirrorToDoctor', extra, 'family')).toMatchObject({
      error: { code: 'BAD_REQUEST' },
    });
    await service.dispatch('session.end', { sessionId }, 'doctor');
    expect(await service.dispatch('calls.mirrorToFamily', offer, 'doctor')).toMatchObject({
      error: { code: 'CONFLICT' },
    });
    service.close();
  });
});
