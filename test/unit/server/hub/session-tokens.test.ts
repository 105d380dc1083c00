import { describe, expect, it } from 'vitest';
import { createSessionTokens } from '../../../../server/hub/session-tokens';

function clocked(ttlMs = 1000) {
  let now = 1_000_000;
  const tokens = createSessionTokens({ ttlMs, now: () => now });
  return { tokens, advance: (ms: number) => (now += ms) };
}

describe('session tokens', () => {
  it('issues 32 random bytes as hex, resolving to the account until expiry', () => {
    const { tokens, advance } = clocked(1000);
    const issued = tokens.issue('acc-1');
    expect(issued.token).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.expiresAt).toBe(1_001_000);
    expect(tokens.resolve(issued.token)?.accountId).toBe('acc-1');
    advance(999);
    expect(tokens.resolve(issued.token)).not.toBeNull();
    advance(1);
    expect(tokens.resolve(issued.token)).toBeNull();
  });

  it('gives every sign-in its own token', () => {
    const { tokens } = clocked();
    expect(tokens.issue('acc-1').token).not.toBe(tokens.issue('acc-1').token);
  });

  it('identifies a session by an id that is not the token', () => {
    const { tokens, advance } = clocked(1000);
    const { token } = tokens.issue('acc-1');
    const session = tokens.resolve(token);
    expect(session?.id).toMatch(/^[0-9a-f]{64}$/);
    expect(session?.id).not.toBe(token);
    expect(tokens.isActive(session?.id ?? '')).toBe(true);
    advance(1000);
    expect(tokens.isActive(session?.id ?? '')).toBe(false);
  });

  it('forgets a revoked token', () => {
    const { tokens } = clocked();
    const { token } = tokens.issue('acc-1');
    const id = tokens.resolve(token)?.id ?? '';
    tokens.revoke(token);
    expect(tokens.resolve(token)).toBeNull();
    expect(tokens.isActive(id)).toBe(false);
  });

  it('resolves nothing for unknown tokens', () => {
    const { tokens } = clocked();
    expect(tokens.resolve('0'.repeat(64))).toBeNull();
  });
});
