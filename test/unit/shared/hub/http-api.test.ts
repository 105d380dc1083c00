import { describe, expect, it } from 'vitest';
import { SessionToken, SignInRequest, SignInResponse } from '../../../../shared/hub/http-api';

describe('hub HTTP API schemas', () => {
  it('trims the login but keeps the password exactly as typed', () => {
    expect(SignInRequest.parse({ login: ' demo ', password: ' pass ' })).toEqual({
      login: 'demo',
      password: ' pass ',
    });
  });

  it.each([
    [{ login: '', password: 'x' }],
    [{ login: '   ', password: 'x' }],
    [{ login: 'demo', password: '' }],
    [{ login: 'demo' }],
    [{ login: 'demo', password: 'x', role: 'admin' }],
    [{ login: 'x'.repeat(65), password: 'x' }],
    [{ login: 'demo', password: 'x'.repeat(257) }],
  ])('refuses the sign-in %j', (body) => {
    expect(SignInRequest.safeParse(body).success).toBe(false);
  });

  it('only accepts 64-hex-digit tokens, which are valid subprotocol names', () => {
    expect(SessionToken.safeParse('ab'.repeat(32)).success).toBe(true);
    expect(SessionToken.safeParse('AB'.repeat(32)).success).toBe(false);
    expect(SessionToken.safeParse('ab'.repeat(31)).success).toBe(false);
    expect(SessionToken.safeParse(`${'a'.repeat(63)},`).success).toBe(false);
  });

  it('requires an ISO expiry in the sign-in answer', () => {
    const token = 'a'.repeat(64);
    expect(SignInResponse.safeParse({ token, expiresAt: '2030-01-01T08:00:00.000Z' }).success).toBe(
      true,
    );
    expect(SignInResponse.safeParse({ token, expiresAt: 'tomorrow' }).success).toBe(false);
  });
});
