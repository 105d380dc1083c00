// Time-limited TURN credentials in coturn's "REST API" scheme (use-auth-secret): the username
// is "<expiry unix seconds>:<call-scoped id>", the password base64(HMAC-SHA1(secret,
// username)). coturn recomputes it from the shared secret, so the hub never talks to coturn
// and a leaked credential dies within the TTL. See docs/coturn.md.
import { createHmac } from 'node:crypto';
import type { IceServer } from '../../shared/hub/call-messages';

/** coturn accepts any TTL; an hour covers a consultation and bounds a leak. */
export const MAX_TURN_TTL_SECONDS = 3600;

export interface TurnConfig {
  /** turn:/turns: URLs of the coturn server, e.g. turn:turn.example.fr:3478?transport=udp */
  urls: string[];
  /** coturn's static-auth-secret. */
  secret: string;
  ttlSeconds: number;
  /** STUN URLs handed out as well (no credentials needed). */
  stunUrls?: string[];
}

export function turnCredentials(
  secret: string,
  id: string,
  ttlSeconds: number,
  nowMs: number,
): { username: string; credential: string } {
  const ttl = Math.min(Math.max(1, Math.floor(ttlSeconds)), MAX_TURN_TTL_SECONDS);
  const username = `${Math.floor(nowMs / 1000) + ttl}:${id}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return { username, credential };
}

/** The ICE server list for one party of one call. */
export function iceServersFor(config: TurnConfig | null, id: string, nowMs: number): IceServer[] {
  if (!config) return [];
  const servers: IceServer[] = [];
  if (config.stunUrls?.length) servers.push({ urls: config.stunUrls });
  if (config.urls.length > 0) {
    const { username, credential } = turnCredentials(config.secret, id, config.ttlSeconds, nowMs);
    servers.push({ urls: config.urls, username, credential });
  }
  return servers;
}
