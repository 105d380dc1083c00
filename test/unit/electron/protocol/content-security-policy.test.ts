import { describe, expect, it } from 'vitest';
import {
  appContentSecurityPolicy,
  hubConnectSources,
} from '../../../../electron/protocol/content-security-policy';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('hubConnectSources', () => {
  it('pairs an https hub with its wss origin', () => {
    expect(hubConnectSources('https://hub.example.fr/some/path')).toEqual([
      'https://hub.example.fr',
      'wss://hub.example.fr',
    ]);
  });

  it('pairs a local http hub with its ws origin, port included', () => {
    expect(hubConnectSources('http://127.0.0.1:41234')).toEqual([
      'http://127.0.0.1:41234',
      'ws://127.0.0.1:41234',
    ]);
  });

  it('refuses a hub URL that is not http(s)', () => {
    expect(() => hubConnectSources('ftp://hub.example.fr')).toThrow(/http or https/);
  });
});

describe('appContentSecurityPolicy', () => {
  it('is strict: own origin only, no plugins, no base, never framed, no forms', () => {
    const csp = directives(appContentSecurityPolicy('https://hub.example.fr'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe("'self' data:");
    expect(csp.get('media-src')).toBe("'self' blob:");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
    expect(appContentSecurityPolicy('https://hub.example.fr')).not.toMatch(/unsafe-|\*/);
  });

  it('lets the page reach the hub and nothing else', () => {
    const csp = directives(appContentSecurityPolicy('https://hub.example.fr'));
    expect(csp.get('connect-src')).toBe("'self' https://hub.example.fr wss://hub.example.fr");
  });

  it('allows only its own origin when there is no hub', () => {
    expect(directives(appContentSecurityPolicy(null)).get('connect-src')).toBe("'self'");
  });
});
