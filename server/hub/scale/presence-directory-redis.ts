// PresenceDirectory and RouteBus over Redis, for several hub processes behind one address.
// Keys (under a prefix): `<p>interp:<id>` a hash {status, hub, languages} that expires unless
// refreshed (a crashed hub's interpreters vanish by themselves), and `<p>online:<lang>` a set
// of the interpreters online for that language. Routing uses pub/sub channels `<p>hub:<id>`.
import { Redis } from 'ioredis';
import { z } from 'zod';
import { LanguageCode } from '../../../shared/domain/languages';
import { PresenceStatus } from '../../../shared/hub/protocol';
import type { PresenceDirectory, RouteBus } from './presence-directory';

export interface RedisDirectoryOptions {
  url: string;
  /** Namespaces the keys (one deployment, or one test run). */
  prefix?: string;
  /** Lifetime of an entry not refreshed by set(): the hub re-sets its entries within it. */
  entryTtlMs?: number;
}

const Languages = z.array(LanguageCode);

function connect(url: string): Redis {
  // Fail fast instead of queueing commands forever while Redis is down: dispatch falls back.
  return new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false });
}

export function createRedisDirectory(options: RedisDirectoryOptions): PresenceDirectory {
  const redis = connect(options.url);
  const prefix = options.prefix ?? 'interpretable:';
  const ttl = options.entryTtlMs ?? 60_000;
  const entryKey = (id: string) => `${prefix}interp:${id}`;
  const onlineKey = (language: string) => `${prefix}online:${language}`;

  const languagesOf = async (accountId: string): Promise<string[]> => {
    const stored = await redis.hget(entryKey(accountId), 'languages');
    const parsed = Languages.safeParse(stored ? JSON.parse(stored) : []);
    return parsed.success ? parsed.data : [];
  };

  return {
    async set(entry) {
      const previous = await languagesOf(entry.accountId);
      const tx = redis.multi();
      tx.hset(entryKey(entry.accountId), {
        status: entry.status,
        hub: entry.hubId,
        languages: JSON.stringify(entry.languages),
      });
      tx.pexpire(entryKey(entry.accountId), ttl);
      for (const language of previous) tx.srem(onlineKey(language), entry.accountId);
      if (entry.status === 'online') {
        for (const language of entry.languages) tx.sadd(onlineKey(language), entry.accountId);
      }
      await tx.exec();
    },
    async remove(accountId) {
      const previous = await languagesOf(accountId);
      const tx = redis.multi().del(entryKey(accountId));
      for (const language of previous) tx.srem(onlineKey(language), accountId);
      await tx.exec();
    },
    async statusOf(accountId) {
      const status = PresenceStatus.safeParse(await redis.hget(entryKey(accountId), 'status'));
      return status.success ? status.data : 'offline';
    },
    async available(language) {
      const ids = await redis.smembers(onlineKey(language));
      if (ids.length === 0) return [];
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hmget(entryKey(id), 'status', 'hub');
      const rows = (await pipeline.exec()) ?? [];
      const found: { accountId: string; hubId: string }[] = [];
      const stale: string[] = [];
      ids.forEach((accountId, i) => {
        const [status, hubId] = (rows[i]?.[1] ?? []) as (string | null)[];
        if (status === 'online' && hubId) found.push({ accountId, hubId });
        else stale.push(accountId); // expired entry of a vanished hub: tidy the set
      });
      if (stale.length > 0) await redis.srem(onlineKey(language), ...stale);
      return found;
    },
    async close() {
      await redis.quit();
    },
  };
}

export function createRedisRouteBus(options: { url: string; prefix?: string }): RouteBus {
  const publisher = connect(options.url);
  // A connection in subscriber mode can do nothing else: it gets its own.
  const subscriber = connect(options.url);
  const prefix = options.prefix ?? 'interpretable:';
  const handlers = new Map<string, ((text: string) => void)[]>();
  subscriber.on('message', (channel: string, text: string) => {
    for (const handler of handlers.get(channel) ?? []) handler(text);
  });
  return {
    async publish(hubId, text) {
      await publisher.publish(`${prefix}hub:${hubId}`, text);
    },
    async subscribe(hubId, handler) {
      const channel = `${prefix}hub:${hubId}`;
      handlers.set(channel, [...(handlers.get(channel) ?? []), handler]);
      await subscriber.subscribe(channel);
    },
    async close() {
      await Promise.all([publisher.quit(), subscriber.quit()]);
    },
  };
}
