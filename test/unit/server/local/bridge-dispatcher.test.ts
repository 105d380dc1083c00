import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type BridgeHandlers } from '../../../../server/local/bridge-dispatcher';
import { CodedError } from '../../../../shared/bridge/result';

const session = {
  id: '6f1c1f43-33a4-4c54-9d0b-5f6f1f1f1f1f',
  consultationType: 'vaccination' as const,
  language: null,
  startedAt: '2026-11-29T08:00:00.000Z',
  endedAt: null,
};

// Only the methods these tests call; the dispatcher never touches the others.
function handlers(overrides: Partial<BridgeHandlers> = {}): BridgeHandlers {
  return {
    'session.start': () => session,
    'session.chooseLanguage': () => ({ ...session, language: 'ar' }),
    'session.end': () => ({ ...session, endedAt: session.startedAt }),
    'session.current': () => null,
    'statistics.get': (range) => ({
      ...range,
      totalSessions: 0,
      sessionsPerWeek: [],
      sessionsPerLanguage: [],
      interpreter: {
        requested: 0,
        connected: 0,
        share: null,
        averageWaitSeconds: null,
        averageCallSeconds: null,
      },
      flows: [],
    }),
    ...overrides,
  } as BridgeHandlers;
}

describe('createDispatcher', () => {
  it('calls the handler with validated input', async () => {
    const start = vi.fn(() => session);
    const dispatch = createDispatcher(handlers({ 'session.start': start }));
    const result = await dispatch('session.start', { consultationType: 'vaccination' }, 'doctor');
    expect(result).toEqual({ ok: true, value: session });
    expect(start).toHaveBeenCalledWith({ consultationType: 'vaccination' });
  });

  it('refuses doctor methods to the family screen, before validating input', async () => {
    const start = vi.fn(() => session);
    const dispatch = createDispatcher(handlers({ 'session.start': start }));
    for (const method of ['session.start', 'session.end', 'statistics.get']) {
      const result = await dispatch(method, {}, 'family');
      expect(result.ok ? null : result.error.code).toBe('FORBIDDEN_ROLE');
    }
    expect(start).not.toHaveBeenCalled();
    const allowed = await dispatch('session.current', {}, 'family');
    expect(allowed.ok).toBe(true);
  });

  it('rejects unknown methods, including prototype names', async () => {
    const dispatch = createDispatcher(handlers());
    for (const name of ['session.delete', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(name, {}, 'doctor');
      expect(result.ok ? null : result.error.code).toBe('UNKNOWN_METHOD');
    }
  });

  it('rejects input that fails the schema, without calling the handler', async () => {
    const start = vi.fn(() => session);
    const dispatch = createDispatcher(handlers({ 'session.start': start }));
    for (const input of [
      { consultationType: 'surgery' },
      { consultationType: 'vaccination', x: 1 },
      'x',
    ]) {
      const result = await dispatch('session.start', input, 'doctor');
      expect(result.ok ? null : result.error.code).toBe('BAD_REQUEST');
    }
    expect(start).not.toHaveBeenCalled();
  });

  it('turns coded errors into values and hides internal ones', async () => {
    const logged = vi.fn();
    const dispatch = createDispatcher(
      handlers({
        'session.end': () => {
          throw new CodedError('CONFLICT', 'already ended');
        },
        'session.current': () => {
          throw new Error('disk I/O error at /secret/path');
        },
      }),
      logged,
    );
    expect(await dispatch('session.end', { sessionId: session.id }, 'doctor')).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'already ended' },
    });
    const internal = await dispatch('session.current', {}, 'doctor');
    expect(internal.ok ? null : internal.error).toEqual({
      code: 'INTERNAL',
      message: 'The local service failed while running session.current.',
    });
    expect(logged).toHaveBeenCalledOnce();
  });

  it('names a full disk instead of hiding it as INTERNAL', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const dispatch = createDispatcher(
      handlers({
        'session.current': () => {
          throw full;
        },
      }),
      vi.fn(),
    );
    const result = await dispatch('session.current', {}, 'doctor');
    expect(result.ok ? null : result.error.code).toBe('STORAGE_FULL');
    expect(result.ok ? '' : result.error.message).toMatch(
      /^session\.current could not be saved\. The disk is full/,
    );
  });
});
