// coturn REST credentials: the same username and HMAC coturn computes, and a TTL capped at
// an hour whatever is configured.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { iceServersFor, turnCredentials } from '../../../../server/hub/turn-credentials';

describe('TURN credentials', () => {
  it('is "expiry:id" with base64 HMAC-SHA1 of the shared secret', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const { username, credential } = turnCredentials('secret', 'call-1.clinic', 600, now);
    expect(username).toBe(`${now / 1000 + 600}:call-1.clinic`);
    expect(credential).toBe(createHmac('sha1', 'secret').update(username).digest('base64'));
    // Known answer, computed independently with:
    // printf 1767226200:call-1.clinic | openssl dgst -sha1 -hmac secret -binary | base64
    expect(credential).toBe('uPSvW2vMHG0Af1DQ16jLB9yqdVw=');
  });

  it('caps the lifetime at one hour', () => {
    const { username } = turnCredentials('s', 'x', 86_400, 0);
    expect(username).toBe('3600:x');
  });

  it('lists STUN, then TURN with credentials; nothing when unconfigured', () => {
    const servers = iceServersFor(
      { urls: ['turn:t:3478'], secret: 's', ttlSeconds: 60, stunUrls: ['stun:t:3478'] },
      'id',
      0,
    );
    expect(servers).toEqual([
      { urls: ['stun:t:3478'] },
      { urls: ['turn:t:3478'], username: '60:id', credential: expect.any(String) as string },
    ]);
    expect(iceServersFor(null, 'id', 0)).toEqual([]);
  });
});
