// One contract, two implementations: the in-memory directory and route bus, and the Redis
// ones against the real server on 127.0.0.1:6379 (CI starts it; locally:
// redis-server --bind 127.0.0.1 --port 6379 --save '' --daemonize yes).
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createInMemoryDirectory,
  createInMemoryRouteBus,
  type PresenceDirectory,
  type RouteBus,
} from '../../../../../server/hub/scale/presence-directory';
import {
  createRedisDirectory,
  createRedisRouteBus,
} from '../../../../../server/hub/scale/presence-directory-redis';

const REDIS_URL = process.env.INTERPRETABLE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const implementations: [string, () => { directory: PresenceDirectory; bus: RouteBus }][] = [
  ['in memory', () => ({ directory: createInMemoryDirectory(), bus: createInMemoryRouteBus() })],
  [
    'Redis',
    () => {
      const prefix = `test:${randomUUID()}:`; // each test its own keys
      return {
        directory: createRedisDirectory({ url: REDIS_URL, prefix, entryTtlMs: 5_000 }),
        bus: createRedisRouteBus({ url: REDIS_URL, prefix }),
      };
    },
  ],
];

describe.each(implementations)('presence directory (%s)', (_, make) => {
  let made: ReturnType<typeof make> | null = null;
  const fresh = () => (made = make());
  afterEach(async () => {
    await made?.directory.close();
    await made?.bus.close();
    made = null;
  });

  it('lists online interpreters by language with their hub', async () => {
    const { directory } = fresh();
    await directory.set({ accountId: 'a', status: 'online', languages: ['ar', 'ps'], hubId: 'h1' });
    await directory.set({ accountId: 'b', status: 'busy', languages: ['ar'], hubId: 'h2' });
    await directory.set({ accountId: 'c', status: 'online', languages: ['ti'], hubId: 'h2' });
    expect(await directory.available('ar')).toEqual([{ accountId: 'a', hubId: 'h1' }]);
    expect(await directory.available('ti')).toEqual([{ accountId: 'c', hubId: 'h2' }]);
    expect(await directory.available('prs')).toEqual([]);
    expect(await directory.statusOf('b')).toBe('busy');
  });

  it('follows status and language changes, and removal', async () => {
    const { directory } = fresh();
    await directory.set({ accountId: 'a', status: 'online', languages: ['ar'], hubId: 'h1' });
    await directory.set({ accountId: 'a', status: 'online', languages: ['ps'], hubId: 'h1' });
    expect(await directory.available('ar')).toEqual([]);
    expect(await directory.available('ps')).toHaveLength(1);
    await directory.set({ accountId: 'a', status: 'busy', languages: ['ps'], hubId: 'h1' });
    expect(await directory.available('ps')).toEqual([]);
    await directory.remove('a');
    expect(await directory.statusOf('a')).toBe('offline');
  });

  it('routes a message to the hub it is addressed to only', async () => {
    const { bus } = fresh();
    const toH1: string[] = [];
    const toH2: string[] = [];
    await bus.subscribe('h1', (text) => toH1.push(text));
    const received = new Promise<string>((resolve) => {
      void bus.subscribe('h2', (text) => {
        toH2.push(text);
        resolve(text);
      });
    });
    await bus.publish('h2', '{"type":"call.ringing"}');
    expect(await received).toBe('{"type":"call.ringing"}');
    expect(toH1).toEqual([]);
  });
});

describe('Redis directory expiry', () => {
  it('forgets the interpreters of a hub that stopped refreshing them', async () => {
    const prefix = `test:${randomUUID()}:`;
    const directory = createRedisDirectory({ url: REDIS_URL, prefix, entryTtlMs: 50 });
    await directory.set({ accountId: 'a', status: 'online', languages: ['ar'], hubId: 'h1' });
    expect(await directory.available('ar')).toHaveLength(1);
    // Wait for Redis to expire the key: poll the observable state, no fixed sleep.
    while ((await directory.statusOf('a')) !== 'offline')
      await new Promise((r) => setTimeout(r, 10));
    expect(await directory.available('ar')).toEqual([]);
    await directory.close();
  });
});
