// The CSP of every app:// page. It is the web shell's policy (one policy for both shells)
// plus the hub, the only other origin the renderer may talk to (ARCHITECTURE.md §5: no
// network call except the configured hub and TURN; WebRTC media is not governed by CSP).
import { contentSecurityPolicy } from '../../server/http/security-headers';

/** The hub's http(s) origin and its matching ws(s) origin, for `connect-src`. */
export function hubConnectSources(hubUrl: string): string[] {
  const url = new URL(hubUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`The hub URL must be http or https, got ${url.protocol}`);
  }
  const socketScheme = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${socketScheme}//${url.host}`];
}

/** `hubUrl` null: no hub (it failed to start), so the page may only reach its own origin. */
export function appContentSecurityPolicy(hubUrl: string | null): string {
  return contentSecurityPolicy(hubUrl === null ? [] : hubConnectSources(hubUrl));
}
