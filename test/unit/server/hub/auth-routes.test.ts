// The sign-in API on a real hub: tokens for the right password, stable error codes for
// everything else, a rate limit on guessing, and sign-out that really ends the session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SignInResponse } from '../../../../shared/hub/http-api';
import { PASSWORD, postJson, rawRequest, startTestHub, type TestHub } from './hub-test-kit';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.close();
});

const errorCode = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

describe('POST /api/sign-in', () => {
  it('returns a session token and its expiry for the right password', async () => {
    const before = Date.now();
    const response = await postJson(hub.origin, '/api/sign-in', {
      login: '  Amina ', // typed with a capital and stray spaces
      password: PASSWORD,
    });
    expect(response.status).toBe(200);
    const session = SignInResponse.parse(JSON.parse(response.body));
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(before);
    expect(hub.sessions.resolve(session.token)?.accountId).toBe('interp-1');
  });

  it('answers a wrong password and an unknown login alike: 401 UNAUTHORIZED', async () => {
    const wrong = await postJson(hub.origin, '/api/sign-in', { login: 'amina', password: 'nope' });
    const unknown = await postJson(hub.origin, '/api/sign-in', { login: 'zoe', password: 'nope' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(errorCode(response.body)).toBe('UNAUTHORIZED');
    }
    expect(JSON.parse(wrong.body)).toEqual(JSON.parse(unknown.body));
  });

  it.each([
    ['invalid JSON', '{"login":', 'application/json'],
    ['a missing password', JSON.stringify({ login: 'amina' }), 'application/json'],
    [
      'an extra field',
      JSON.stringify({ login: 'a', password: 'b', admin: true }),
      'application/json',
    ],
    ['a form body', 'login=amina&password=x', 'application/x-www-form-urlencoded'],
  ])('refuses %s with 400 BAD_MESSAGE', async (_, body, type) => {
    const response = await rawRequest(hub.origin, '/api/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': type },
      body,
    });
    expect(response.status).toBe(400);
    expect(errorCode(response.body)).toBe('BAD_MESSAGE');
  });

  it('refuses an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await postJson(hub.origin, '/api/sign-in', {
      login: 'amina',
      password: 'x'.repeat(10_000),
    });
    expect(response.status).toBe(413);
    expect(errorCode(response.body)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses an oversized chunked body (no Content-Length) with 413', async () => {
    const response = await rawRequest(hub.origin, '/api/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: JSON.stringify({ login: 'amina', password: 'x'.repeat(10_000) }),
    });
    expect(response.status).toBe(413);
    expect(errorCode(response.body)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a sign-in posted by a page from another origin with 403', async () => {
    const response = await postJson(
      hub.origin,
      '/api/sign-in',
      { login: 'amina', password: PASSWORD },
      { Origin: 'http://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(errorCode(response.body)).toBe('FORBIDDEN_ORIGIN');
  });

  it('refuses GET with 405 and an Allow header', async () => {
    const response = await rawRequest(hub.origin, '/api/sign-in');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(errorCode(response.body)).toBe('METHOD_NOT_ALLOWED');
  });

  it('rate-limits repeated attempts from one address with 429', async () => {
    await hub.close();
    hub = await startTestHub({ limits: { signIns: { capacity: 2, refillPerSecond: 0.001 } } });
    const attempt = () => postJson(hub.origin, '/api/sign-in', { login: 'amina', password: 'x' });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(errorCode(limited.body)).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
  });
});

describe('GET /api/session and POST /api/sign-out', () => {
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('confirms a live token, refuses it after sign-out', async () => {
    const { token } = SignInResponse.parse(
      JSON.parse(
        (await postJson(hub.origin, '/api/sign-in', { login: 'amina', password: PASSWORD })).body,
      ),
    );
    const live = await rawRequest(hub.origin, '/api/session', { headers: bearer(token) });
    expect(live.status).toBe(200);

    const out = await rawRequest(hub.origin, '/api/sign-out', {
      method: 'POST',
      headers: bearer(token),
    });
    expect(out.status).toBe(204);
    const after = await rawRequest(hub.origin, '/api/session', { headers: bearer(token) });
    expect(after.status).toBe(401);
    expect(errorCode(after.body)).toBe('UNAUTHORIZED');
  });

  it('refuses a missing or malformed token with 401', async () => {
    const none = await rawRequest(hub.origin, '/api/session');
    const bad = await rawRequest(hub.origin, '/api/session', { headers: bearer('not-hex') });
    expect([none.status, bad.status]).toEqual([401, 401]);
    const signOut = await rawRequest(hub.origin, '/api/sign-out', { method: 'POST' });
    expect(signOut.status).toBe(401);
  });
});
