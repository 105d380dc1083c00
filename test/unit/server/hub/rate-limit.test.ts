import { describe, expect, it } from 'vitest';
import { KeyedRateLimiter, TokenBucket } from '../../../../server/hub/rate-limit';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
  it('allows a burst of capacity, then refills at the given rate', () => {
    const time = clock();
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2, now: time.now });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    time.advance(499);
    expect(bucket.take()).toBe(false);
    time.advance(1);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });

  it('never holds more than its capacity', () => {
    const time = clock();
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 10, now: time.now });
    time.advance(60_000);
    expect(bucket.isFull()).toBe(true);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});

describe('KeyedRateLimiter', () => {
  it('keeps one bucket per key', () => {
    const time = clock();
    const limiter = new KeyedRateLimiter({ capacity: 1, refillPerSecond: 1, now: time.now });
    expect(limiter.take('10.0.0.1')).toBe(true);
    expect(limiter.take('10.0.0.1')).toBe(false);
    expect(limiter.take('10.0.0.2')).toBe(true);
  });

  it('stays bounded when many keys appear', () => {
    const time = clock();
    const limiter = new KeyedRateLimiter({ capacity: 1, refillPerSecond: 1, now: time.now }, 3);
    for (const key of ['a', 'b', 'c', 'd', 'e']) expect(limiter.take(key)).toBe(true);
    // "a" was dropped to make room, so it starts again with a full bucket.
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('e')).toBe(false);
  });
});
